import { screen } from '@testing-library/react';
import type { FakeBackend } from './fakeBridge';
import { connected, ok } from './fixtures';

// The page boots as in a browser: it renders when its reads arrive, not inside a test's act().
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

interface BootedPage {
  backend: FakeBackend;
  seen: { spinner: boolean };
  stop: () => void;
}

/**
 * Loads the page as index.html does, the first-read entry and then the UI, in a fresh module
 * registry, records whether the loading spinner was ever in the document, and runs `steps` while
 * that registry is still the one modules come from: the code-split parts the page fetches later
 * (the jobs table) then share its React and its modules, as they would in a browser.
 */
async function bootPage(
  configure: (backend: FakeBackend) => void,
  steps: (page: BootedPage) => Promise<void>,
) {
  document.body.innerHTML = '<div id="root"></div>';
  const seen = { spinner: false };
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-first-load]')) seen.spinner = true;
  });
  observer.observe(document.body, { childList: true, subtree: true });
  await jest.isolateModulesAsync(async () => {
    const fake = await import('./fakeBridge');
    fake.resetBackend();
    configure(fake.backend);
    // index.html's first script: static/firstReadEntry.ts builds it to call startEarly().
    (await import('../../static/src/firstRead')).startEarly();
    await import('../../static/src/main');
    await steps({ backend: fake.backend, seen, stop: () => observer.disconnect() });
  });
}

const reads = (backend: FakeBackend) =>
  backend.calls.filter((call) => call.functionKey === 'getOverview').length;

test('the two entry scripts turn on Jira’s theme, read once and draw the page at once', async () => {
  let answer: (value: unknown) => void = () => undefined;
  const configure = (backend: FakeBackend) => {
    backend.handlers.getOverview = () => new Promise((resolve) => (answer = resolve));
  };
  await bootPage(configure, async (page) => {
    // The UI code is loaded; the answer arrives a moment later, as a round trip through Forge.
    setTimeout(() => answer(ok(connected())), 20);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'GitProtect.io for Jira' }),
    ).toBeVisible();
    // The table follows the first paint.
    expect(await screen.findAllByRole('row')).toHaveLength(1 + connected().recentJobs.length);
    page.stop();
    expect(page.backend.themeEnabled).toBe(1);
    expect(reads(page.backend)).toBe(1);
    // The answer came before the first render: no spinner flickered first.
    expect(page.seen.spinner).toBe(false);
  });
});

test('a slow first read shows the spinner, then the page, still with one read', async () => {
  let answer: (value: unknown) => void = () => undefined;
  const configure = (backend: FakeBackend) => {
    backend.handlers.getOverview = () => new Promise((resolve) => (answer = resolve));
  };
  await bootPage(configure, async (page) => {
    expect(
      await screen.findByRole('img', { name: 'Loading the backup status' }, { timeout: 2000 }),
    ).toBeVisible();
    // Issue 12: the header shows over a skeleton meanwhile, not a lone spinner.
    expect(screen.getByRole('heading', { level: 1, name: 'GitProtect.io for Jira' })).toBeVisible();
    answer(ok(connected()));
    expect(await screen.findByRole('heading', { name: 'Recent backups' })).toBeVisible();
    expect(screen.queryByRole('img', { name: 'Loading the backup status' })).toBeNull();
    page.stop();
    expect(page.seen.spinner).toBe(true);
    expect(reads(page.backend)).toBe(1);
  });
});
