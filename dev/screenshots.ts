/**
 * `npm run screenshots [filter]`: every state of the page in headless Chromium, on the local host
 * (`npm start`'s stack) brought into each of its named states (dev/host/presets.ts), into
 * test-output/states/ (or SCREENSHOTS_DIR). Each shot starts a fresh stack; its page is checked
 * with axe-core, and console errors, page errors and Content-Security-Policy violations are
 * printed: a screenshot can look fine while React complains. Exits 1 when any was found.
 *
 * Without a filter (or with the filter "docs") it also refreshes docs/screenshot.png, the
 * README's picture, and docs/screenshot.json, the hash of what decided how it looks
 * (dev/screenshotInputs.ts): a test fails when the two drift apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  type AppPage,
  PHONE,
  VIEWPORT,
  type View,
  newViewerContext,
  openApp,
} from '../test/browser/appPage';
import {
  accessibilityProblem,
  describePolicyViolation,
  launchBrowser,
  policyViolations,
  settleAnimations,
} from '../test/support/browser';
import { type LocalStack, STACK_START, startLocalStack } from './host';
import { REPO_ROOT, ensurePageBuilt } from './host/pageBuild';
import {
  type PresetName,
  type PresetTarget,
  presetOf,
  presetStackOptions,
  reachPreset,
} from './host/presets';
import {
  SCREENSHOT_FILE,
  SCREENSHOT_RECORD,
  type ScreenshotRecord,
  screenshotInputsHash,
} from './screenshotInputs';
import { terminalLog } from './host/terminalLog';

interface Shot {
  state: PresetName;
  theme?: 'light' | 'dark';
  locale?: 'en-US' | 'pl-PL';
  phone?: boolean;
  /** What is done on the page after it has loaded, named in the file name. */
  act?: { name: string; run: (page: AppPage, target: PresetTarget) => Promise<void> };
}

const openEdit = {
  name: 'edit',
  run: async ({ app }: AppPage) => {
    await app.getByRole('button', { name: /^(Edit schedule|Edytuj harmonogram)$/ }).click();
    await app.getByRole('dialog').waitFor();
  },
};

/** Clicks one of the page's buttons and waits for the dialog it opens. */
function opensDialog(name: string, button: string): NonNullable<Shot['act']> {
  return {
    name,
    run: async ({ app }: AppPage) => {
      await app.getByRole('button', { name: button }).click();
      await app.getByRole('dialog').waitFor();
    },
  };
}

const ACTS = {
  edit: openEdit,
  editNoDays: {
    name: 'edit-nodays',
    run: async (page: AppPage) => {
      await openEdit.run(page);
      for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
        await page.app.getByRole('checkbox', { name: day }).click();
      }
    },
  },
  editConflict: {
    name: 'edit-conflict',
    run: async (page: AppPage, target: PresetTarget) => {
      await openEdit.run(page);
      // Another admin saves a schedule while this one edits.
      await changeScheduleElsewhere(target);
      await page.app.getByRole('checkbox', { name: 'Sunday' }).click();
      await page.app.getByRole('button', { name: 'Save' }).click();
      await page.app.getByText('Someone else changed the schedule').waitFor();
    },
  },
  editSaved: {
    name: 'edit-saved',
    run: async (page: AppPage) => {
      await openEdit.run(page);
      await page.app.getByRole('checkbox', { name: 'Sunday' }).click();
      await page.app.getByRole('button', { name: 'Save' }).click();
      await page.app.getByRole('dialog').waitFor({ state: 'detached' });
      // Flags show in the host page's flag area, as Jira draws them, not inside the app's frame.
      await page.flags
        .getByText(/^Schedule saved/)
        .first()
        .waitFor();
    },
  },
  backupNowConfirm: opensDialog('backupnow-confirm', 'Backup now'),
  backupNowStarted: {
    name: 'backupnow-started',
    run: async ({ app, flags }: AppPage) => {
      await app.getByRole('button', { name: 'Backup now' }).click();
      await app.getByRole('button', { name: 'Start backup' }).click();
      await app.getByRole('dialog').waitFor({ state: 'detached' });
      await flags.getByText('Backup started').first().waitFor();
    },
  },
  backupNowAlreadyRunning: {
    name: 'backupnow-already-running',
    run: async ({ app, flags }: AppPage) => {
      await app.getByRole('button', { name: 'Backup now' }).click();
      await flags
        .getByText(/^A backup is already running/)
        .first()
        .waitFor();
    },
  },
  moreFeatures: opensDialog('morefeatures', 'More features'),
  coverage: {
    name: 'coverage',
    run: async ({ app }: AppPage) => {
      await app.getByRole('button', { name: /of \d+ in Jira/ }).click();
      await app.getByRole('dialog').getByText('Not in the plan').first().waitFor();
    },
  },
  jobDetails: {
    name: 'jobdetails',
    run: async ({ app }: AppPage) => {
      // The seeded backup with failed spaces, so the failed rows and their Restore buttons show.
      await app
        .getByRole('row', { name: /Succeeded with warnings/ })
        .getByRole('button', { name: /^Details of the backup/ })
        .first()
        .click();
      await app.getByRole('dialog').getByRole('listitem').first().waitFor();
    },
  },
  settings: {
    name: 'settings',
    run: async ({ app }: AppPage) => {
      await app.getByRole('tab', { name: /^(Settings|Ustawienia)$/ }).click();
      await app
        .getByRole('heading', { name: /^(Jira credentials|Dane logowania do Jiry)$/ })
        .waitFor();
    },
  },
  settingsRejected: {
    name: 'settings-rejected',
    run: async ({ app }: AppPage) => {
      await app.getByRole('tab', { name: 'Settings' }).click();
      // The emulator's stand-in for a token of an account that cannot read the site.
      await app
        .getByLabel('API token', { exact: true })
        .fill('ATATT3xFfGF0LocalTokenForTheEmulator_no_access');
      await app.getByRole('button', { name: 'Save token' }).click();
      await app
        .getByText(/cannot read this site/)
        .first()
        .waitFor();
    },
  },
} satisfies Record<string, Shot['act']>;

const SHOTS: Shot[] = [
  { state: 'healthy' },
  { state: 'healthy', theme: 'dark' },
  { state: 'healthy', locale: 'pl-PL' },
  { state: 'healthy', phone: true },
  { state: 'healthy', phone: true, theme: 'dark', locale: 'pl-PL' },
  { state: 'not-connected' },
  { state: 'not-connected', theme: 'dark', locale: 'pl-PL' },
  { state: 'not-connected-member' },
  { state: 'member' },
  { state: 'member', theme: 'dark', locale: 'pl-PL' },
  { state: 'member', phone: true, locale: 'pl-PL' },
  { state: 'never-run' },
  { state: 'running' },
  { state: 'running', theme: 'dark', locale: 'pl-PL' },
  { state: 'partial' },
  { state: 'failing' },
  { state: 'failing', theme: 'dark' },
  { state: 'failing', phone: true },
  { state: 'overdue' },
  { state: 'unprotected-spaces' },
  { state: 'token-expiring' },
  { state: 'token-expired' },
  { state: 'token-rejected' },
  { state: 'stale' },
  { state: 'stale', phone: true },
  { state: 'connection-lost' },
  { state: 'healthy', act: ACTS.edit },
  { state: 'healthy', act: ACTS.edit, theme: 'dark', locale: 'pl-PL' },
  { state: 'healthy', act: ACTS.editNoDays },
  { state: 'healthy', act: ACTS.editConflict },
  { state: 'healthy', act: ACTS.editSaved },
  { state: 'healthy', act: ACTS.backupNowConfirm },
  { state: 'healthy', act: ACTS.backupNowStarted },
  { state: 'running', act: ACTS.backupNowAlreadyRunning, theme: 'dark' },
  { state: 'healthy', act: ACTS.moreFeatures },
  { state: 'unprotected-spaces', act: ACTS.coverage },
  { state: 'healthy', act: ACTS.jobDetails },
  { state: 'healthy', act: ACTS.settings },
  { state: 'healthy', act: ACTS.settingsRejected, theme: 'dark' },
  { state: 'healthy', act: ACTS.settings, locale: 'pl-PL' },
];

/** The README's picture: the main page as an admin sees it, connected and healthy. */
const DOCS_SHOT: Shot = { state: 'healthy' };

const outDir = process.env.SCREENSHOTS_DIR ?? join(REPO_ROOT, 'test-output', 'states');

function viewOf(shot: Shot): View {
  return {
    as: presetOf(shot.state).view?.as ?? 'admin',
    theme: shot.theme ?? 'light',
    locale: shot.locale ?? 'en-US',
  };
}

function nameOf(shot: Shot): string {
  const view = viewOf(shot);
  return [
    shot.state,
    shot.act?.name,
    view.theme,
    view.locale?.slice(0, 2),
    shot.phone ? '390' : undefined,
  ]
    .filter(Boolean)
    .join('-');
}

/** A fresh local stack in the shot's state, quiet but for errors. */
async function stackFor(state: PresetName): Promise<LocalStack> {
  const stack = await startLocalStack({
    port: 0,
    emulatorPort: 0,
    triggerIntervalS: null,
    buildPage: false,
    // Every run shows the same dates, and no scheduled backup starts during a shot.
    startAt: STACK_START,
    log: terminalLog({ level: 'error' }),
    ...presetStackOptions(state),
  });
  await reachPreset(stack, state).catch(async (error: unknown) => {
    await stack.close();
    throw error;
  });
  return stack;
}

/** Opens the shot's state, does its act, saves the picture; returns the problems seen. */
async function take(browser: Browser, shot: Shot, file: string, fullPage: boolean) {
  const problems: string[] = [];
  const name = nameOf(shot);
  const violationsBefore = policyViolations().length;
  const stack = await stackFor(shot.state);
  const context = await newViewerContext(browser, viewOf(shot), shot.phone ? PHONE : VIEWPORT);
  try {
    context.on('console', (message) => {
      // Atlaskit asks a feature-gate client that only Atlassian's own hosts initialise.
      if (message.text().includes('checking the feature gate')) return;
      // The shell frames the app with the sandbox flags Jira gives Custom UI, which Chromium notes.
      if (message.text().includes('both allow-scripts and allow-same-origin')) return;
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console.${message.type()}: ${message.text()}`);
      }
    });
    context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
    const page = await openApp(context, stack.url, viewOf(shot));
    await shot.act?.run(page, stack).catch(async (error: unknown) => {
      // Where it got stuck is worth seeing.
      await page.page.screenshot({ path: file, fullPage });
      throw error;
    });
    for (const frame of page.page.frames()) await settleAnimations(frame);
    await page.page.screenshot({ path: file, fullPage });
    for (const target of [page.page, await page.frame()]) {
      const problem = await accessibilityProblem(target, name);
      if (problem) problems.push(`axe: ${problem}`);
    }
  } finally {
    await context.close();
    await stack.close();
  }
  problems.push(...policyViolations().slice(violationsBefore).map(describePolicyViolation));
  return problems.map((problem) => `  [${name}] ${problem}`);
}

async function changeScheduleElsewhere(target: PresetTarget): Promise<void> {
  const invoke = async (functionKey: string, payload?: unknown) => {
    const reply = await fetch(`${target.url}api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-local-user': 'secondAdmin' },
      body: JSON.stringify({ functionKey, payload }),
    });
    return (await reply.json()) as { ok: boolean; data: { scheduleVersion: string } };
  };
  const { data } = await invoke('getOverview');
  const saved = await invoke('saveSchedule', {
    days: ['SAT'],
    hour: 5,
    timezone: 'Europe/Warsaw',
    version: data.scheduleVersion,
  });
  if (!saved.ok) throw new Error('The other admin could not save a schedule.');
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  await ensurePageBuilt({ onBuild: (reason) => console.log(`Building the page (${reason})...`) });
  mkdirSync(outDir, { recursive: true });
  const browser = await launchBrowser();
  const problems: string[] = [];
  try {
    for (const shot of SHOTS.filter((s) => !filter || nameOf(s).includes(filter))) {
      // One shot that cannot be taken is reported with the others; the rest are still taken.
      const found = await take(browser, shot, join(outDir, `${nameOf(shot)}.png`), true).catch(
        (error: unknown) => [`  [${nameOf(shot)}] not taken: ${String(error)}`],
      );
      problems.push(...found);
      console.log(`${nameOf(shot)}.png`);
    }
    if (!filter || filter === 'docs') {
      // Hashed before the picture is taken: a source changed meanwhile makes the record stale.
      const inputs = screenshotInputsHash(REPO_ROOT);
      problems.push(...(await take(browser, DOCS_SHOT, join(REPO_ROOT, SCREENSHOT_FILE), false)));
      const view = viewOf(DOCS_SHOT);
      const record: ScreenshotRecord = {
        inputs,
        state: DOCS_SHOT.state,
        view: `${view.as}, ${view.locale}, ${view.theme}, ${VIEWPORT.width}x${VIEWPORT.height}`,
      };
      writeFileSync(join(REPO_ROOT, SCREENSHOT_RECORD), `${JSON.stringify(record, null, 2)}\n`);
      console.log(`${SCREENSHOT_FILE} and ${SCREENSHOT_RECORD}`);
    }
  } finally {
    await browser.close();
  }
  for (const problem of problems) console.log(problem);
  console.log(problems.length === 0 ? 'No problems.' : `${problems.length} problems.`);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
