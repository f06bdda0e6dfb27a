import {
  validateConnect,
  validateEmpty,
  validateSaveSchedule,
  validateUpdateJiraToken,
} from '../../../src/domain/inputs';

const today = new Date('2026-11-26T10:00:00Z');
const schedule = { days: ['MON', 'WED'], hour: 2, timezone: 'Europe/Warsaw', version: 'v1' };
const token = {
  email: 'admin@example.com',
  token: 'ATATT3xFfGF0abcdefghijklmnop',
  expiresOn: '2027-06-01',
};

const fieldOf = (result: { ok: boolean; field?: string }) => (result.ok ? null : result.field);

describe('payload validation', () => {
  it('accepts a good schedule and refuses each kind of bad one, naming the field', () => {
    expect(validateSaveSchedule(schedule)).toEqual({ ok: true, value: schedule });
    expect(fieldOf(validateSaveSchedule({ ...schedule, days: [] }))).toBe('days');
    expect(fieldOf(validateSaveSchedule({ ...schedule, days: ['MON', 'MON'] }))).toBe('days');
    expect(fieldOf(validateSaveSchedule({ ...schedule, days: ['MONDAY'] }))).toBe('days');
    expect(fieldOf(validateSaveSchedule({ ...schedule, hour: 24 }))).toBe('hour');
    expect(fieldOf(validateSaveSchedule({ ...schedule, hour: 2.5 }))).toBe('hour');
    expect(fieldOf(validateSaveSchedule({ ...schedule, hour: '2' }))).toBe('hour');
    expect(fieldOf(validateSaveSchedule({ ...schedule, timezone: 'Mars/Phobos' }))).toBe(
      'timezone',
    );
    expect(fieldOf(validateSaveSchedule({ ...schedule, timezone: 'UTC+25' }))).toBe('timezone');
    expect(fieldOf(validateSaveSchedule({ ...schedule, extra: true }))).toBe('extra');
    expect(fieldOf(validateSaveSchedule({ days: ['MON'], hour: 1, timezone: 'UTC' }))).toBe(
      'version',
    );
  });

  it('refuses prototype keys as unknown fields', () => {
    expect(fieldOf(validateEmpty(JSON.parse('{"__proto__": {"admin": true}}')))).toBe('__proto__');
    expect(fieldOf(validateEmpty({ constructor: 1 }))).toBe('constructor');
    expect(validateEmpty({})).toEqual({ ok: true, value: {} });
  });

  it('refuses tokens and emails with spaces or control characters', () => {
    expect(validateUpdateJiraToken(token, today).ok).toBe(true);
    expect(fieldOf(validateUpdateJiraToken({ ...token, token: 'ATATT abc' }, today))).toBe('token');
    expect(fieldOf(validateUpdateJiraToken({ ...token, token: 'ATATT\nabc' }, today))).toBe(
      'token',
    );
    expect(
      fieldOf(validateUpdateJiraToken({ ...token, email: 'a@b.co\r\nBcc: x@y.z' }, today)),
    ).toBe('email');
    expect(fieldOf(validateUpdateJiraToken({ ...token, email: 'not-an-email' }, today))).toBe(
      'email',
    );
  });

  it('accepts expiry dates from today to a year ahead and nothing impossible', () => {
    expect(validateUpdateJiraToken({ ...token, expiresOn: '2026-11-26' }, today).ok).toBe(true);
    expect(fieldOf(validateUpdateJiraToken({ ...token, expiresOn: '2026-11-25' }, today))).toBe(
      'expiresOn',
    );
    expect(fieldOf(validateUpdateJiraToken({ ...token, expiresOn: '2027-02-30' }, today))).toBe(
      'expiresOn',
    );
    expect(fieldOf(validateUpdateJiraToken({ ...token, expiresOn: '2028-01-01' }, today))).toBe(
      'expiresOn',
    );
    expect(fieldOf(validateUpdateJiraToken({ ...token, expiresOn: '26/11/2026' }, today))).toBe(
      'expiresOn',
    );
    const { expiresOn: _omitted, ...withoutExpiry } = token;
    expect(validateUpdateJiraToken(withoutExpiry, today).ok).toBe(true);
  });

  it('needs one of the three regions to connect', () => {
    expect(validateConnect({ ...token, region: 'EU' }, today).ok).toBe(true);
    expect(fieldOf(validateConnect({ ...token, region: 'eu' }, today))).toBe('region');
    expect(fieldOf(validateConnect({ ...token }, today))).toBe('region');
  });

  it('refuses payloads that are not objects', () => {
    for (const payload of [null, 'x', 3, [], true]) {
      expect(fieldOf(validateEmpty(payload))).toBe('payload');
    }
  });
});
