/** The only part of a token the app keeps or shows. */
export function lastFour(token: string): string {
  return token.slice(-4);
}

const TOKEN_PATTERNS: RegExp[] = [
  /ATATT[A-Za-z0-9_=-]+/g,
  /Bearer\s+[^\s"']+/gi,
  /(access|refresh)[_-]?token["'=:\s]+[^\s"',}]+/gi,
];

/** Removes anything token-like and URL queries from text bound for a log line. */
export function redact(text: string): string {
  let result = text;
  for (const pattern of TOKEN_PATTERNS) result = result.replace(pattern, '[redacted]');
  return result.replace(/(https?:\/\/[^\s?#"']+)\?[^\s#"']*/g, '$1?[redacted]');
}

/** A URL safe to log: scheme and host only, since one-time codes may sit in the path or query. */
export function urlForLog(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '[unparseable url]';
  }
}
