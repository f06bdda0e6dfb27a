import { startEmulator } from '../../../dev/emulator';
import { type TestEmulator, startTestEmulator } from '../../support/emulator';
import { connect, harness } from '../gitprotect/harness';

/**
 * The emulator's controls take the page's words (spaces); the old ones (projects) still work,
 * and naming one count twice with different values is refused, with nothing changed.
 */

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

/** A newly registered site (and nothing else); its session's access token. */
async function freshSite(): Promise<string> {
  await emulator.control.reset();
  return (await connect(harness(emulator))).registration.session.accessToken;
}

async function control(body: unknown) {
  const response = await fetch(`${emulator.url}/__control/instance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** What the service tells the app about the site's spaces. */
async function summary(token: string) {
  const response = await fetch(`${emulator.baseUrls.EU}/instance`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { visibleProjects: number; securedProjects: number };
}

it.each([
  ['the page’s words', { spaceCount: 30, hiddenSpaces: 3, excludedSpaces: 2 }],
  ['the old names', { projectCount: 30, hiddenProjects: 3, excludedProjects: 2 }],
  [
    'both, agreeing',
    { spaceCount: 30, projectCount: 30, hiddenSpaces: 3, hiddenProjects: 3, excludedSpaces: 2 },
  ],
])('changes the spaces the service sees when given %s', async (_, body) => {
  const token = await freshSite();
  expect((await control(body)).status).toBe(200);
  expect(await summary(token)).toMatchObject({ visibleProjects: 27, securedProjects: 25 });
});

it('takes failingSpaces as failingProjects', async () => {
  await freshSite();
  const reply = await control({ failingSpaces: 4 });
  expect(reply.status).toBe(200);
  expect(reply.body.instance).toMatchObject({ failingProjects: 4 });
});

it.each([
  ['spaceCount', 'projectCount'],
  ['failingSpaces', 'failingProjects'],
  ['hiddenSpaces', 'hiddenProjects'],
  ['excludedSpaces', 'excludedProjects'],
])('refuses %s and %s with different values, and changes nothing', async (name, oldName) => {
  const token = await freshSite();
  const before = await summary(token);
  const reply = await control({
    [name]: 3,
    [oldName]: 4,
    hiddenSpaces: name === 'hiddenSpaces' ? 3 : 1,
  });
  expect(reply.status).toBe(400);
  expect(JSON.stringify(reply.body)).toContain(
    `${name} (3) and ${oldName}, its old name, (4) differ`,
  );
  expect(await summary(token)).toEqual(before);
});

it('refuses both names with different values when started from code', async () => {
  await expect(
    startEmulator({ port: 0, host: '127.0.0.1', spaceCount: 5, projectCount: 6 }),
  ).rejects.toThrow('spaceCount (5) and projectCount, its old name, (6) differ');
});
