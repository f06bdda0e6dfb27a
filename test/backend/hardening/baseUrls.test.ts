import { systemClock } from '../../../src/adapters/systemClock';
import {
  BaseUrlConfigError,
  DEFAULT_BASE_URLS,
  baseUrlsFrom,
  checkedBaseUrls,
} from '../../../src/config';
import { createLocalApp } from '../../../dev/host/localApp';

/**
 * `forge variables` set the Management Service's base URL per region. The app sends the Jira
 * API token there, so a variable that is not https on its region's host (the one manifest.yml
 * lets the backend reach) stops the app with a clear error: never used, never replaced.
 */

const EU = 'GITPROTECT_API_EU';

describe('baseUrlsFrom (src/index.ts: no opt-in)', () => {
  it('uses the placeholders of the contract where no variable is set', () => {
    expect(baseUrlsFrom({})).toEqual(DEFAULT_BASE_URLS);
  });

  it('accepts another path on the region’s own host, without its trailing slash', () => {
    expect(
      baseUrlsFrom({
        [EU]: 'https://EU.api.gitprotect.io/jira/v2/',
        GITPROTECT_API_AU: 'https://au.api.gitprotect.io:443/jira/v1',
      }),
    ).toEqual({
      ...DEFAULT_BASE_URLS,
      EU: 'https://eu.api.gitprotect.io/jira/v2',
      AU: 'https://au.api.gitprotect.io/jira/v1',
    });
  });

  it.each([
    ['http: in clear text', 'http://eu.api.gitprotect.io/jira/v1', /must be an https:\/\/ URL/],
    ['another site', 'https://gitprotect.example/jira/v1', /must be on eu\.api\.gitprotect\.io/],
    ['a look-alike host', 'https://eu.api.gitprotect.io.evil.example/jira/v1', /must be on/],
    ['another GitProtect host', 'https://app.gitprotect.io/jira/v1', /must be on/],
    ['another region’s host', 'https://us.api.gitprotect.io/jira/v1', /must be on/],
    ['a wildcard', 'https://*.gitprotect.io/jira/v1', /must be on|not a URL/],
    ['another port', 'https://eu.api.gitprotect.io:8443/jira/v1', /must be on/],
    ['credentials', 'https://ops:s3cretPASS@eu.api.gitprotect.io/jira/v1', /user name or password/],
    ['a query', 'https://eu.api.gitprotect.io/jira/v1?tenant=x', /query or fragment/],
    ['an empty query', 'https://eu.api.gitprotect.io/jira/v1?', /query or fragment/],
    ['a fragment', 'https://eu.api.gitprotect.io/jira/v1#x', /query or fragment/],
    ['loopback http', 'http://127.0.0.1:3001/eu/jira/v1', /must be an https:\/\/ URL/],
    ['loopback https', 'https://127.0.0.1:3001/eu/jira/v1', /must be on/],
    ['another scheme', 'ftp://eu.api.gitprotect.io/jira/v1', /must be an https:\/\/ URL/],
    ['an empty value', '', /not a URL/],
    ['not a URL', 'eu.api.gitprotect.io/jira/v1', /not a URL/],
  ])('refuses %s, naming the variable and never the whole value', (_case, value, reason) => {
    let thrown: unknown;
    try {
      baseUrlsFrom({ [EU]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BaseUrlConfigError);
    const message = (thrown as Error).message;
    expect(message).toMatch(new RegExp(`^${EU} `));
    expect(message).toMatch(reason);
    expect(message).not.toContain('s3cretPASS');
    expect(message).not.toContain('tenant=x');
  });
});

describe('the loopback opt-in of the local host and the tests', () => {
  const emulated = {
    EU: 'http://127.0.0.1:3001/eu/jira/v1',
    US: 'http://localhost:3001/us/jira/v1',
    AU: 'http://[::1]:3001/au/jira/v1',
  };

  it('accepts the emulator on loopback http, and https on the regional hosts', () => {
    expect(checkedBaseUrls(emulated, { allowLoopbackHttp: true })).toEqual(emulated);
    expect(checkedBaseUrls(DEFAULT_BASE_URLS, { allowLoopbackHttp: true })).toEqual(
      DEFAULT_BASE_URLS,
    );
    expect(() => checkedBaseUrls(emulated)).toThrow(BaseUrlConfigError);
  });

  it.each([
    'http://10.0.0.1/eu/jira/v1',
    'http://127.0.0.1.nip.io/eu/jira/v1',
    'http://evil.example/eu/jira/v1',
    'http://user:pw@127.0.0.1:3001/eu/jira/v1',
    'http://127.0.0.1:3001/eu/jira/v1?x=1',
  ])('still refuses %s', (url) => {
    expect(() => checkedBaseUrls({ ...emulated, EU: url }, { allowLoopbackHttp: true })).toThrow(
      BaseUrlConfigError,
    );
  });

  it('is what the local host builds its app with: anything else stops it', () => {
    const options = { clock: systemClock, projects: 1, jiraLatencyMs: 0 };
    expect(() => createLocalApp({ ...options, baseUrls: emulated })).not.toThrow();
    expect(() =>
      createLocalApp({ ...options, baseUrls: { ...emulated, EU: 'http://evil.example/jira/v1' } }),
    ).toThrow(BaseUrlConfigError);
  });
});

describe('src/index.ts with forge variables', () => {
  const saved = process.env[EU];
  let output: string[];
  beforeEach(() => {
    output = [];
    // An error reaches Forge's log as ERROR only through console.error.
    jest.spyOn(console, 'error').mockImplementation((line: string) => {
      output.push(line);
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    if (saved === undefined) delete process.env[EU];
    else process.env[EU] = saved;
  });

  const load = () =>
    jest.isolateModulesAsync(async () => {
      await import('../../../src/index');
    });

  it('will not load with the emulator’s loopback URL: production has no opt-in', async () => {
    process.env[EU] = 'http://127.0.0.1:3001/eu/jira/v1';
    // A module registry of its own: its BaseUrlConfigError is another class of the same name.
    await expect(load()).rejects.toThrow(/^GITPROTECT_API_EU must be an https:\/\/ URL\.$/);
    expect(output.map((line) => JSON.parse(line) as object)).toEqual([
      expect.objectContaining({
        level: 'error',
        message: 'The app cannot start: a GitProtect base URL in forge variables is wrong',
        reason: expect.stringMatching(/^GITPROTECT_API_EU must be an https:\/\/ URL/),
      }),
    ]);
  });

  it('loads with a variable on its region’s host', async () => {
    process.env[EU] = 'https://eu.api.gitprotect.io/jira/v1';
    await expect(load()).resolves.toBeUndefined();
    expect(output).toEqual([]);
  });
});
