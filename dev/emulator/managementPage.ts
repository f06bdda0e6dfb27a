import type { ServerResponse } from 'node:http';
import { siteProjectIndex, siteProjectAt } from '../../src/adapters/local/siteProjects';
import type { EmulatorCore } from './core';
import type { SsoCodeRecord, SsoDestination } from './state';

/**
 * A small Management Service web page per instance, where a one-time sign-in link lands:
 * `GET /management/<managementHost>/sso/<code>` (the local host maps the instance's https host
 * here). The first opening signs in and uses the code up; a second one, or one after the link
 * expired, is refused with a page that says why.
 */

export const MANAGEMENT_PATH = /^\/management\/([a-z0-9.-]{1,253})\/sso\/([A-Za-z0-9_-]{1,128})$/;

interface Page {
  status: number;
  title: string;
  heading: string;
  lines: string[];
}

export function serveManagementPage(
  core: EmulatorCore,
  host: string,
  code: string,
  res: ServerResponse,
): void {
  const page = signIn(core, host, code);
  res.writeHead(page.status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(render(page));
}

function signIn(core: EmulatorCore, host: string, code: string): Page {
  const record = core.state.ssoCodes?.[code];
  if (!record || record.managementHost !== host) {
    return refused(404, 'This sign-in link is not valid', [
      'GitProtect does not know this link. Open the Management Service again from the GitProtect.io app in Jira.',
    ]);
  }
  const now = core.now();
  if (record.usedAt !== null) {
    return refused(410, 'This sign-in link was already used', [
      `It signed ${record.displayName} in on ${shownTime(record.usedAt)}, and each link works once.`,
      'Open the Management Service again from the GitProtect.io app in Jira for a new link.',
    ]);
  }
  if (Date.parse(record.expiresAt) <= now.getTime()) {
    return refused(410, 'This sign-in link has expired', [
      `It was valid until ${shownTime(record.expiresAt)}; links work for 5 minutes.`,
      'Open the Management Service again from the GitProtect.io app in Jira for a new link.',
    ]);
  }
  record.usedAt = now.toISOString();
  core.commit();
  return {
    status: 200,
    title: 'GitProtect Management Service',
    heading: `Signed in to GitProtect as ${record.displayName}`,
    lines: [`Destination: ${describe(record, core)}`, `Instance: ${record.managementHost}`],
  };
}

function refused(status: number, heading: string, lines: string[]): Page {
  return { status, title: `${heading} - GitProtect`, heading, lines };
}

function describe(record: SsoCodeRecord, core: EmulatorCore): string {
  const destination: SsoDestination = record.destination;
  switch (destination.kind) {
    case 'HOME':
      return 'Dashboard';
    case 'NOTIFICATION_SETTINGS':
      return 'Notification settings';
    case 'JOB_LOGS': {
      const job = core.state.instances[record.cloudId]?.jobs.find(
        (candidate) => candidate.id === destination.jobId,
      );
      const started = job ? ` started ${shownTime(job.startedAt)}` : '';
      return `Logs of the backup${started} (job ${destination.jobId})`;
    }
    case 'RESTORE_PROJECT': {
      const instance = core.state.instances[record.cloudId];
      const index = instance
        ? siteProjectIndex(destination.projectKey, instance.projectCount)
        : undefined;
      const named = index === undefined ? '' : ` (${siteProjectAt(index).name})`;
      return `Restore space ${destination.projectKey}${named}`;
    }
  }
}

function render(page: Page): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>
  body { margin: 0; font: 16px/24px ui-sans-serif, -apple-system, "Segoe UI", Ubuntu, sans-serif;
    color: #172b4d; background: #f7f8f9; }
  header { padding: 12px 24px; background: #0c2a4d; color: #fff; font-weight: 600; }
  main { max-width: 640px; margin: 48px auto; padding: 24px 32px; background: #fff;
    border: 1px solid #dcdfe4; border-radius: 8px; }
  h1 { font-size: 24px; line-height: 32px; margin: 0 0 16px; }
  p { margin: 8px 0; }
  .note { color: #44546f; font-size: 14px; margin-top: 24px; }
</style>
</head>
<body>
<header>GitProtect Management Service (local emulator)</header>
<main>
<h1>${escapeHtml(page.heading)}</h1>
${page.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
<p class="note">This page stands in for GitProtect's Management Service on npm start.</p>
</main>
</body>
</html>
`;
}

/** e.g. `Tue, 01 Dec 2026 12:50:43 GMT`: one zone for everyone, as the service's own pages. */
function shownTime(instant: string): string {
  return new Date(instant).toUTCString();
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}
