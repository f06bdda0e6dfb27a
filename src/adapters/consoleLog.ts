import type { Log, LogFields } from '../ports/log';
import { redact } from '../domain/masking';

export type LogLevel = 'info' | 'warn' | 'error';

/**
 * Forge shows every `console.log` line as INFO: warnings and errors go through `console.warn`
 * and `console.error`, so that `forge logs` shows them as WARN and ERROR.
 */
const toConsole = (line: string, level: LogLevel): void => {
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};

/** One JSON line per event; every string is passed through `redact` as a last line of defence. */
export function consoleLog(write: (line: string, level: LogLevel) => void = toConsole): Log {
  const emit = (level: LogLevel, message: string, fields: LogFields = {}) => {
    const safeFields: LogFields = {};
    for (const [key, value] of Object.entries(fields)) {
      safeFields[key] = typeof value === 'string' ? redact(value) : value;
    }
    write(JSON.stringify({ level, message: redact(message), ...safeFields }), level);
  };
  return {
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}
