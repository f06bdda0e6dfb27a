/*
 * `TEST_CLOCK=2027-03-28T00:30:00Z npx jest …` runs the tests as if the machine's clock had been
 * set to that instant: `Date` reads it and runs on from it at real speed, as libfaketime does
 * for a whole process (timers are untouched). It shows that the suite holds on any day: after a
 * new year, on a DST night. Node 22 sandboxes of the Forge host tests start with a clean
 * environment and keep the real clock, as they do under libfaketime.
 */
const movedTo = process.env.TEST_CLOCK;
if (movedTo) {
  const RealDate = Date;
  const at = RealDate.parse(movedTo);
  if (Number.isNaN(at)) throw new Error(`TEST_CLOCK is not a date: ${movedTo}`);
  const offsetMs = at - RealDate.now();
  const now = () => RealDate.now() + offsetMs;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args: unknown[], newTarget: DateConstructor) =>
      Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, property, receiver) =>
      property === 'now' ? now : Reflect.get(target, property, receiver),
  });
  afterAll(() => {
    globalThis.Date = RealDate;
  });
}
