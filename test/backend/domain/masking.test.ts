import { lastFour, redact, urlForLog } from '../../../src/domain/masking';

describe('masking', () => {
  it('keeps only the last four characters of a token', () => {
    expect(lastFour('ATATT3xFfGF0secret1a2b')).toBe('1a2b');
  });

  it('removes tokens, bearer headers and URL queries from log text', () => {
    const line = redact(
      'failed with ATATT3xFfGF0secret1a2b, Authorization: Bearer eyJhbGci.abc, see https://x.app.gitprotect.io/sso?code=123',
    );
    expect(line).not.toContain('ATATT3xFfGF0secret1a2b');
    expect(line).not.toContain('eyJhbGci');
    expect(line).not.toContain('code=123');
    expect(line).toContain('https://x.app.gitprotect.io/sso?[redacted]');
  });

  it('logs a URL as scheme and host only', () => {
    expect(urlForLog('http://evil.example:8080/sso/one-time-code?x=1')).toBe(
      'http://evil.example:8080',
    );
    expect(urlForLog('not a url')).toBe('[unparseable url]');
  });
});
