import { terminalLog } from '../../../dev/host/terminalLog';

/** npm start's log: readable lines in a terminal, JSON when piped, a level that quietens it. */

const at = () => new Date('2026-12-01T13:04:05.000Z');
const TOKEN = 'ATATT3xFfGF0PLANTEDjiraTOKEN000000001a2b';

it('writes one readable line per event in a terminal, secrets redacted', () => {
  const lines: string[] = [];
  const log = terminalLog({ readable: true, colour: false, write: (l) => lines.push(l), now: at });
  log.info('Resolver finished', { resolver: 'getOverview', ok: true, ms: 12, code: undefined });
  log.warn('Refused a sign-in link', {
    link: `https://x.example/a?token=${TOKEN}`,
    note: 'two words',
  });
  expect(lines).toEqual([
    '13:04:05 info  Resolver finished  resolver=getOverview ok=true ms=12',
    '13:04:05 warn  Refused a sign-in link  link=https://x.example/a?[redacted] note="two words"',
  ]);
});

it('writes the JSON lines the app writes on Forge when piped', () => {
  const lines: string[] = [];
  terminalLog({ readable: false, write: (l) => lines.push(l) }).error('Failed', { reason: 'x' });
  expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
    { level: 'error', message: 'Failed', reason: 'x' },
  ]);
});

it('lets through only what LOG_LEVEL asks for', () => {
  const lines: string[] = [];
  const write = (line: string) => lines.push(line);
  for (const level of ['warn', 'error', 'silent'] as const) {
    const log = terminalLog({ level, readable: true, colour: false, write, now: at });
    log.info('i');
    log.warn('w');
    log.error('e');
  }
  expect(lines).toEqual(['13:04:05 warn  w', '13:04:05 error e', '13:04:05 error e']);
});
