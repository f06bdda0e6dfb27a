import { consoleLog } from '../../src/adapters/consoleLog';
import { redact } from '../../src/domain/masking';
import type { Log, LogFields } from '../../src/ports/log';

/**
 * The local host's log: one readable line per event in a terminal, the app's JSON lines when
 * the output is piped or redirected (for tools), and only what `LOG_LEVEL` lets through.
 */

export const LOG_LEVELS = ['info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Level = Exclude<LogLevel, 'silent'>;
const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, silent: 3 };
const COLOURS: Record<Level, string> = { info: '\x1b[2m', warn: '\x1b[33m', error: '\x1b[31m' };
const RESET = '\x1b[0m';

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

export interface TerminalLogOptions {
  level?: LogLevel;
  /** One readable line per event (a terminal); false: JSON lines. Default: stdout is a TTY. */
  readable?: boolean;
  /** Colour the level (a terminal that is not NO_COLOR). Default: as `readable`. */
  colour?: boolean;
  write?: (line: string) => void;
  now?: () => Date;
}

export function terminalLog(options: TerminalLogOptions = {}): Log {
  const write = options.write ?? ((line: string) => console.log(line));
  const readable = options.readable ?? process.stdout.isTTY === true;
  const colour = options.colour ?? (readable && !process.env.NO_COLOR);
  const threshold = RANK[options.level ?? 'info'];
  const now = options.now ?? (() => new Date());
  const json = consoleLog(write);

  const emit = (level: Level, message: string, fields?: LogFields) => {
    if (RANK[level] < threshold) return;
    if (!readable) return json[level](message, fields);
    const time = now().toISOString().slice(11, 19);
    const tag = level.padEnd(5);
    const shown = colour ? `${COLOURS[level]}${tag}${RESET}` : tag;
    write(`${time} ${shown} ${redact(message)}${describe(fields)}`);
  };
  return {
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}

/** `  key=value key="two words"`, undefined fields left out, strings redacted as in JSON. */
function describe(fields: LogFields | undefined): string {
  if (!fields) return '';
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const text = typeof value === 'string' ? redact(value) : String(value);
      return `${key}=${/^[^\s"=]+$/.test(text) ? text : JSON.stringify(text)}`;
    });
  return parts.length > 0 ? `  ${parts.join(' ')}` : '';
}
