/** The emulator's time: its base clock (real time by default) plus an offset it owns. */
export interface EmulatorClock {
  now(): Date;
  /** Moves the clock forward; scheduled runs that fall due start at their instant. */
  advance(ms: number): void;
}

export function createEmulatorClock(
  base: { now(): Date },
  offset: { get(): number; set(ms: number): void },
  afterAdvance: () => void,
): EmulatorClock {
  return {
    now: () => new Date(base.now().getTime() + offset.get()),
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward.');
      offset.set(offset.get() + ms);
      afterAdvance();
    },
  };
}
