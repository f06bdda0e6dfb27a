type FakeTimersConfig = NonNullable<Parameters<typeof jest.useFakeTimers>[0]>;

/**
 * jest's fake timers, starting from this test's clock: jest itself would start them from the
 * real machine clock, outside a clock moved with TEST_CLOCK (test/support/movedClock.ts).
 */
export function useFakeTimersFromNow(config: FakeTimersConfig = {}): void {
  jest.useFakeTimers({ now: Date.now(), ...config });
}
