import type { Log, LogFields } from '../ports/log';
import { redact } from '../domain/masking';

/** One JSON line per event; every string is passed through `redact` as a last line of defence. */
export function consoleLog(write: (line: string) => void = (line) => console.log(line)): Log {
  const emit = (level: string, message: string, fields: LogFields = {}) => {
    const safeFields: LogFields = {};
    for (const [key, value] of Object.entries(fields)) {
      safeFields[key] = typeof value === 'string' ? redact(value) : value;
    }
    write(JSON.stringify({ level, message: redact(message), ...safeFields }));
  };
  return {
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}
