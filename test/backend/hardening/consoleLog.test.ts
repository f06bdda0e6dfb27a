import { consoleLog } from '../../../src/adapters/consoleLog';

/**
 * Forge shows every `console.log` line as INFO in `forge logs`; only `console.warn` and
 * `console.error` show as WARN and ERROR. The app's log must use each for its own level.
 */
describe('consoleLog, as the Forge runtime sees it', () => {
  const written: Record<'log' | 'warn' | 'error', string[]> = { log: [], warn: [], error: [] };
  let restore: () => void;
  beforeEach(() => {
    for (const level of ['log', 'warn', 'error'] as const) written[level] = [];
    const spies = (['log', 'warn', 'error'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        written[level].push(args.map(String).join(' '));
      }),
    );
    restore = () => spies.forEach((spy) => spy.mockRestore());
  });
  afterEach(() => restore());

  it('writes info through console.log, warnings through console.warn, errors through console.error', () => {
    const log = consoleLog();
    log.info('Hourly sync ran', { alerts: 0 });
    log.warn('Backups need attention', { alerts: 'STALE' });
    log.error('The app cannot start');
    expect(written.log.map((line) => JSON.parse(line) as object)).toEqual([
      { level: 'info', message: 'Hourly sync ran', alerts: 0 },
    ]);
    expect(written.warn.map((line) => JSON.parse(line) as object)).toEqual([
      { level: 'warn', message: 'Backups need attention', alerts: 'STALE' },
    ]);
    expect(written.error.map((line) => JSON.parse(line) as object)).toEqual([
      { level: 'error', message: 'The app cannot start' },
    ]);
  });

  it('still redacts every string, whatever the level', () => {
    consoleLog().error('Refused', { reason: 'Authorization: Bearer abc.def.ghi' });
    expect(written.error.join('\n')).not.toContain('abc.def.ghi');
  });
});
