export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Structured logs. Callers never pass a token or personal data in a message or field. */
export interface Log {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}
