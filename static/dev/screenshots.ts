/**
 * Screenshots of every state of the page in headless Chromium, against the dev bridge, into
 * test-output/page-dev/. Run after `npm run build`:  npx tsx static/dev/screenshots.ts [filter]
 * To compare two builds: PAGE_BUILD_DIR=<a vite --outDir> SCREENSHOTS_DIR=<folder> for each.
 * Console errors and page errors are printed: a screenshot can look fine while React complains.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../test/support/browser';
import { startServer } from './serve';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Accessibility rules (axe-core) on what is on screen: labels, roles, contrast, focus. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: unknown }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.impact ?? ''} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${v.nodes[0]?.target.join(' ')})`,
  );
}

const outDir =
  process.env.SCREENSHOTS_DIR ??
  join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'test-output', 'page-dev');

interface Shot {
  name: string;
  query: string;
  /** Brings the page into the state to capture, after the first load. */
  act?: (page: Page) => Promise<void>;
  width?: number;
}

const openEdit = async (page: Page) => {
  await page.getByRole('button', { name: /^(Edit schedule|Edytuj harmonogram)$/ }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(400);
};

const shots: Shot[] = [
  { name: 'connected-light-en', query: 'state=connected' },
  { name: 'connected-dark-en', query: 'state=connected&theme=dark' },
  { name: 'connected-light-pl', query: 'state=connected&locale=pl-PL' },
  { name: 'never-light-en', query: 'state=never' },
  { name: 'running-light-en', query: 'state=running' },
  { name: 'running-dark-pl', query: 'state=running&theme=dark&locale=pl-PL' },
  { name: 'failed-light-en', query: 'state=failed' },
  { name: 'failed-dark-en', query: 'state=failed&theme=dark' },
  { name: 'stale-light-en', query: 'state=stale' },
  { name: 'member-light-en', query: 'state=member' },
  { name: 'member-dark-pl', query: 'state=member&theme=dark&locale=pl-PL' },
  { name: 'notconnected-member-en', query: 'state=notconnected-member' },
  { name: 'setup-light-en', query: 'state=notconnected' },
  { name: 'setup-dark-pl', query: 'state=notconnected&theme=dark&locale=pl-PL' },
  { name: 'edit-light-en', query: 'state=connected&timezone=America/New_York', act: openEdit },
  { name: 'edit-dark-pl', query: 'state=connected&theme=dark&locale=pl-PL', act: openEdit },
  {
    name: 'edit-nodays-en',
    query: 'state=connected',
    act: async (page) => {
      await openEdit(page);
      for (const day of ['Monday', 'Wednesday', 'Friday']) {
        await page.getByRole('checkbox', { name: day }).click();
      }
    },
  },
  {
    name: 'edit-zone-menu-en',
    query: 'state=connected',
    act: async (page) => {
      await openEdit(page);
      await page.getByLabel('Time zone').fill('new');
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'edit-conflict-en',
    query: 'state=connected&conflict=1',
    act: async (page) => {
      await openEdit(page);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Someone else changed the schedule').waitFor();
    },
  },
  {
    name: 'edit-saved-en',
    query: 'state=connected',
    act: async (page) => {
      await openEdit(page);
      await page.getByRole('checkbox', { name: 'Sunday' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.waitForTimeout(500);
    },
  },
  {
    name: 'backupnow-confirm-en',
    query: 'state=connected',
    act: async (page) => {
      await page.getByRole('button', { name: 'Backup now' }).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(400);
    },
  },
  {
    name: 'backupnow-started-en',
    query: 'state=connected',
    act: async (page) => {
      await page.getByRole('button', { name: 'Backup now' }).click();
      await page.getByRole('button', { name: 'Start backup' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.waitForTimeout(3_800);
    },
  },
  {
    name: 'backupnow-already-running-dark-en',
    query: 'state=running&theme=dark',
    act: async (page) => {
      await page.getByRole('button', { name: 'Backup now' }).click();
      await page.waitForTimeout(600);
    },
  },
  {
    name: 'morefeatures-en',
    query: 'state=connected',
    act: async (page) => {
      await page.getByRole('button', { name: 'More features' }).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(400);
    },
  },
  {
    name: 'coverage-en',
    query: 'state=connected',
    act: async (page) => {
      await page.getByRole('button', { name: /of \d+ in Jira/ }).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(1000);
    },
  },
  {
    name: 'jobdetails-en',
    query: 'state=connected',
    act: async (page) => {
      // A backup with failed spaces, so the failed rows and their Restore buttons show.
      await page
        .getByRole('row', { name: /Succeeded with warnings/ })
        .getByRole('button', { name: /^Details of the backup/ })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(600);
    },
  },
  {
    name: 'settings-light-en',
    query: 'state=connected',
    act: async (page) => {
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Jira credentials' }).waitFor();
    },
  },
  {
    name: 'settings-rejected-dark-en',
    query: 'state=connected&theme=dark',
    act: async (page) => {
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByLabel('API token', { exact: true }).fill('bad');
      await page.getByRole('button', { name: 'Save token' }).click();
      await page
        .getByText(/Jira rejected this token/)
        .first()
        .waitFor();
    },
  },
  {
    name: 'settings-light-pl',
    query: 'state=connected&locale=pl-PL',
    act: async (page) => {
      await page.getByRole('tab', { name: 'Ustawienia' }).click();
      await page.getByRole('heading', { name: 'Dane logowania do Jiry' }).waitFor();
    },
  },
  { name: 'narrow-light-en', query: 'state=failed', width: 420 },
  // A phone's width: the facts, the tabs and the jobs table must still fit or scroll.
  { name: 'narrow390-connected-light-en', query: 'state=connected', width: 390 },
  {
    name: 'narrow390-connected-dark-pl',
    query: 'state=connected&theme=dark&locale=pl-PL',
    width: 390,
  },
  { name: 'narrow390-member-light-pl', query: 'state=member&locale=pl-PL', width: 390 },
  { name: 'narrow390-member-dark-en', query: 'state=member&theme=dark', width: 390 },
  { name: 'narrow390-stale-light-en', query: 'state=stale', width: 390 },
];

async function main() {
  const filter = process.argv[2];
  mkdirSync(outDir, { recursive: true });
  const server = await startServer(0);
  const port = (server.address() as AddressInfo).port;
  const browser = await launchBrowser();
  let problems = 0;
  try {
    for (const shot of shots.filter((s) => !filter || s.name.includes(filter))) {
      const page = await browser.newPage({ viewport: { width: shot.width ?? 1200, height: 900 } });
      page.on('console', (message) => {
        // Atlaskit asks a feature-gate client that only Atlassian's own hosts initialise.
        if (message.text().includes('checking the feature gate')) return;
        if (message.type() === 'error' || message.type() === 'warning') {
          problems += 1;
          console.log(`  [${shot.name}] console.${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => {
        problems += 1;
        console.log(`  [${shot.name}] page error: ${error.message}`);
      });
      await page.goto(`http://127.0.0.1:${port}/?${shot.query}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(700);
      await shot.act?.(page);
      await page.screenshot({ path: join(outDir, `${shot.name}.png`), fullPage: true });
      console.log(`${shot.name}.png`);
      for (const problem of await accessibilityProblems(page)) {
        problems += 1;
        console.log(`  [${shot.name}] axe: ${problem}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(problems === 0 ? 'No console errors.' : `${problems} console problems.`);
}

void main();
