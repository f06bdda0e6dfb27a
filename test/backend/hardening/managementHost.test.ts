import { isManagementHostOf } from '../../../src/config';
import { ADMIN_EMAIL, JIRA_TOKEN, type TestApp, startTestApp } from '../../support/app';

/**
 * The registration reply names the host of the instance's Management Service, where every
 * sign-in link is then opened: a host outside the region's GitProtect domain is refused and
 * nothing is stored.
 */
describe('the management host a registration names', () => {
  it.each([
    ['EU', 'acme-1a2b.eu.app.gitprotect.io', true],
    ['US', 'acme.us.app.gitprotect.io', true],
    ['EU', 'acme.us.app.gitprotect.io', false],
    ['EU', 'eu.app.gitprotect.io', false],
    ['EU', 'a.b.eu.app.gitprotect.io', false],
    ['EU', 'evil.example', false],
    ['EU', 'acme.eu.app.gitprotect.io.evil.example', false],
    ['EU', 'acme.eu.app.gitprotect.io:8443', false],
    ['EU', 'ACME.eu.app.gitprotect.io', false],
    ['EU', '-acme.eu.app.gitprotect.io', false],
  ] as const)('%s: %s is %s', (region, host, expected) => {
    expect(isManagementHostOf(region, host)).toBe(expected);
  });

  let app: TestApp | undefined;
  afterEach(() => app?.close());

  it('connect refuses a reply whose host is outside GitProtect, and stores nothing', async () => {
    app = await startTestApp({ connected: false, emulator: { instanceDomain: 'evil.example' } });
    const result = await app.invoke('admin', 'connect', {
      region: 'EU',
      email: ADMIN_EMAIL,
      token: JIRA_TOKEN,
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await app.store.get('connection')).toBeUndefined();
    expect(app.logLines.join('\n')).toMatch(/management host outside its domain/);
  });
});
