import { LOCAL_USERS } from '../../src/adapters/local/jiraSite';
import { DATA_THEME } from './themes';
import { type ViewOptions, toQuery } from './viewOptions';

const LOCALES = [
  { locale: 'en-US', label: 'English', lang: 'en' },
  { locale: 'pl-PL', label: 'Polski', lang: 'pl' },
] as const;

/** Message the framed bridge sends when the app calls `router.open` / `router.navigate`. */
export const NAVIGATE_MESSAGE = 'gitprotect-local-host:navigate';

/**
 * A Jira-like page around the app: a top bar, who is acting, the theme and the language. The
 * app runs in a sandboxed iframe as in Jira: no pop-ups and no top navigation of its own, so it
 * must go through the bridge (which asks this page) to open anything.
 */
export function renderShell(view: ViewOptions): string {
  const link = (change: Partial<ViewOptions>) => `/?${escapeHtml(toQuery({ ...view, ...change }))}`;
  const current = (on: boolean) => (on ? ' aria-current="true"' : '');
  const users = (['admin', 'member'] as const)
    .map(
      (as) =>
        `<a href="${link({ as })}"${current(view.as === as)}>${escapeHtml(LOCAL_USERS[as].displayName)} (${as})</a>`,
    )
    .join('');
  const languages = LOCALES.map(
    ({ locale, label, lang }) =>
      `<a href="${link({ locale })}" lang="${lang}"${current(view.locale === locale)}>${label}</a>`,
  ).join('');
  const otherTheme = view.theme === 'dark' ? 'light' : 'dark';
  const frameSrc = `/app/index.html?${escapeHtml(toQuery(view))}`;

  return `<!doctype html>
<html lang="en" data-color-mode="${view.theme}" data-theme="${DATA_THEME}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GitProtect.io - Apps - Jira (local)</title>
<link rel="stylesheet" href="/__host/tokens.css">
<style>
  html, body { height: 100%; margin: 0; }
  body {
    display: flex; flex-direction: column;
    font: 14px/20px ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Ubuntu, "Helvetica Neue", sans-serif;
    background: var(--ds-surface, #fff); color: var(--ds-text, #172b4d);
  }
  header {
    display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 24px;
    padding: 8px 16px; border-bottom: 1px solid var(--ds-border, #091e4224);
    background: var(--ds-surface-raised, #fff);
  }
  header ol { display: flex; margin: 0; padding: 0; list-style: none; font-weight: 600; }
  header ol li + li::before { content: "\\00B7"; padding: 0 8px; color: var(--ds-text-subtle, #44546f); }
  header .tools { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; }
  header .group { display: flex; gap: 8px; align-items: center; }
  header .label { color: var(--ds-text-subtle, #44546f); }
  header a { color: var(--ds-link, #0c66e4); padding: 2px 4px; border-radius: 3px; }
  header a[aria-current="true"] {
    color: var(--ds-text-selected, #0c66e4); background: var(--ds-background-selected, #e9f2ff);
    font-weight: 600; text-decoration: none;
  }
  header a:focus-visible { outline: 2px solid var(--ds-border-focused, #388bff); outline-offset: 2px; }
  main { flex: 1; display: flex; min-height: 0; }
  iframe { flex: 1; border: 0; width: 100%; background: var(--ds-surface, #fff); }
</style>
</head>
<body>
<header>
  <nav aria-label="Breadcrumbs"><ol><li>Jira</li>${view.module ? '<li>Settings</li>' : ''}<li>Apps</li><li aria-current="page">GitProtect.io</li></ol></nav>
  <div class="tools">
    <nav class="group" aria-label="Acting Jira user"><span class="label">Acting as</span>${users}</nav>
    <nav class="group" aria-label="Language">${languages}</nav>
    <a href="${link({ theme: otherTheme })}" id="theme-toggle">${otherTheme === 'dark' ? 'Dark theme' : 'Light theme'}</a>
  </div>
</header>
<main>
  <iframe id="app-frame" title="GitProtect.io for Jira" src="${frameSrc}"
    sandbox="allow-scripts allow-same-origin allow-forms allow-modals allow-downloads"></iframe>
</main>
<script>
  (function () {
    var frame = document.getElementById('app-frame');
    window.addEventListener('message', function (event) {
      var message = event.data;
      if (event.origin !== window.location.origin || event.source !== frame.contentWindow) return;
      if (!message || message.type !== ${JSON.stringify(NAVIGATE_MESSAGE)}) return;
      var url = new URL(message.url, window.location.href);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
      if (message.target === 'new-tab') window.open(url.href, '_blank', 'noopener');
      else window.location.assign(url.href);
    });
  })();
</script>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}
