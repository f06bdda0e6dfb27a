import { LOCAL_USERS } from '../../src/adapters/local/jiraSite';
import { DATA_THEME } from './themes';
import { type ViewOptions, toQuery } from './viewOptions';

const LOCALES = [
  { locale: 'en-US', label: 'English', lang: 'en' },
  { locale: 'pl-PL', label: 'Polski', lang: 'pl' },
] as const;

/** Message the framed bridge sends when the app calls `router.open` / `router.navigate`. */
export const NAVIGATE_MESSAGE = 'gitprotect-local-host:navigate';
/** Message the framed bridge sends when the app calls `showFlag` or closes a flag. */
export const FLAG_MESSAGE = 'gitprotect-local-host:flag';
/** Message this page sends the frame when a flag's action is pressed or the flag has gone. */
export const FLAG_EVENT_MESSAGE = 'gitprotect-local-host:flag-event';
/** As Jira's flags: one with `isAutoDismiss` goes after 8 s, unless pointed at or focused. */
export const FLAG_AUTO_DISMISS_MS = 8000;

/** The words of Jira's own flag area, in the viewer's language. */
const FLAG_WORDS = {
  'en-US': { group: 'Flag notifications', dismiss: 'Dismiss' },
  'pl-PL': { group: 'Powiadomienia', dismiss: 'Zamknij' },
} as const;

/** Atlassian's flag icons (16 px glyphs on a 24 px box), drawn in currentColor. */
const FLAG_ICONS = {
  success:
    '<path fill="currentColor" d="M12 4a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm3.3 4.8-4.3 5-2.2-2.1-1.1 1.1 3.4 3.3 5.4-6.3-1.2-1Z"/>',
  info: '<path fill="currentColor" d="M12 4a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-.8 7v5h1.6v-5h-1.6Zm0-3v1.6h1.6V8h-1.6Z"/>',
  warning:
    '<path fill="currentColor" d="M12.9 4.5 20.7 18a1 1 0 0 1-.9 1.5H4.2a1 1 0 0 1-.9-1.5l7.8-13.5a1 1 0 0 1 1.8 0ZM11.2 9v5h1.6V9h-1.6Zm0 6.4V17h1.6v-1.6h-1.6Z"/>',
  error:
    '<path fill="currentColor" d="M12 4a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-.8 4v5h1.6V8h-1.6Zm0 6.4V16h1.6v-1.6h-1.6Z"/>',
  close:
    '<path fill="currentColor" d="m12 10.9 4.4-4.4 1.1 1.1-4.4 4.4 4.4 4.4-1.1 1.1-4.4-4.4-4.4 4.4-1.1-1.1 4.4-4.4-4.4-4.4 1.1-1.1 4.4 4.4Z"/>',
} as const;

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
  const flagWords = view.locale === 'pl-PL' ? FLAG_WORDS['pl-PL'] : FLAG_WORDS['en-US'];

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
  /* Jira's flag area: bottom-left of the screen, over the app, newest nearest the corner. */
  #flags {
    position: fixed; inset-block-end: 16px; inset-inline-start: 16px; z-index: 600;
    width: min(400px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow-y: auto;
    display: flex; flex-direction: column-reverse; gap: 8px; padding: 4px; box-sizing: border-box;
  }
  #flags:empty { display: none; }
  .flag {
    flex-shrink: 0; display: flex; gap: 16px; align-items: flex-start; box-sizing: border-box;
    padding: 16px; border-radius: 6px; overflow-wrap: anywhere;
    background: var(--ds-surface-overlay, #fff); color: var(--ds-text, #172b4d);
    box-shadow: var(--ds-shadow-overlay, 0 8px 12px #091e4226, 0 0 1px #091e424f);
  }
  .flag svg { display: block; width: 24px; height: 24px; flex-shrink: 0; }
  .flag[data-type="success"] .flag-icon { color: var(--ds-icon-success, #22a06b); }
  .flag[data-type="info"] .flag-icon { color: var(--ds-icon-information, #1d7afc); }
  .flag[data-type="warning"] .flag-icon { color: var(--ds-icon-warning, #e56910); }
  .flag[data-type="error"] .flag-icon { color: var(--ds-icon-danger, #e34935); }
  .flag[data-bold="true"][data-type="success"] { background: var(--ds-background-success-bold, #1f845a); }
  .flag[data-bold="true"][data-type="info"] { background: var(--ds-background-neutral-bold, #44546f); }
  .flag[data-bold="true"][data-type="warning"] { background: var(--ds-background-warning-bold, #f5cd47); }
  .flag[data-bold="true"][data-type="error"] { background: var(--ds-background-danger-bold, #c9372c); }
  .flag[data-bold="true"], .flag[data-bold="true"] .flag-icon { color: var(--ds-text-inverse, #fff); }
  .flag[data-bold="true"][data-type="warning"],
  .flag[data-bold="true"][data-type="warning"] .flag-icon { color: var(--ds-text-warning-inverse, #172b4d); }
  .flag-body { flex: 1; min-width: 0; }
  .flag-title { margin: 2px 0 0; font-size: 14px; line-height: 20px; font-weight: 600; }
  .flag-description { margin: 8px 0 0; }
  .flag-actions { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 8px; }
  .flag button {
    font: inherit; cursor: pointer; border: 0; border-radius: 3px; background: none; color: inherit;
  }
  .flag-actions button { padding: 0; font-weight: 500; color: var(--ds-link, #0c66e4); }
  .flag[data-bold="true"] .flag-actions button { color: inherit; text-decoration: underline; }
  .flag-actions button:hover { text-decoration: underline; }
  .flag-close {
    flex-shrink: 0; margin: -2px -4px 0 0; padding: 2px; color: var(--ds-icon-subtle, #626f86) !important;
  }
  .flag-close:hover { background: var(--ds-background-neutral-subtle-hovered, #091e420f) !important; }
  .flag button:focus-visible { outline: 2px solid var(--ds-border-focused, #388bff); outline-offset: 2px; }
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
<section id="flag-area" aria-labelledby="flags-heading"><h2 id="flags-heading" hidden>${flagWords.group}</h2><div id="flags"></div></section>
<script>
  (function () {
    var frame = document.getElementById('app-frame');
    var flags = document.getElementById('flags');
    var icons = ${JSON.stringify(FLAG_ICONS)};
    var dismissLabel = ${JSON.stringify(flagWords.dismiss)};
    var svg = function (paths) {
      return '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">' + paths + '</svg>';
    };
    var tell = function (message) {
      frame.contentWindow.postMessage(
        Object.assign({ type: ${JSON.stringify(FLAG_EVENT_MESSAGE)} }, message),
        window.location.origin,
      );
    };
    var shown = new Map();

    function closeFlag(id) {
      var flag = shown.get(id);
      if (!flag) return;
      shown.delete(id);
      clearTimeout(flag.timer);
      // Focus in a flag that goes returns to the app rather than to the page's top.
      var hadFocus = flag.element.contains(document.activeElement);
      flag.element.remove();
      if (hadFocus) frame.focus();
      tell({ id: id, event: 'closed' });
    }

    function showFlag(options) {
      closeFlag(options.id);
      var element = document.createElement('div');
      element.className = 'flag';
      element.dataset.type = options.type;
      element.dataset.bold = String(options.bold);
      element.setAttribute('role', options.type === 'error' || options.type === 'warning' ? 'alert' : 'status');
      var icon = document.createElement('span');
      icon.className = 'flag-icon';
      icon.innerHTML = svg(icons[options.type]);
      var body = document.createElement('div');
      body.className = 'flag-body';
      var title = document.createElement('h3');
      title.className = 'flag-title';
      title.textContent = options.title;
      body.appendChild(title);
      if (options.description) {
        var description = document.createElement('p');
        description.className = 'flag-description';
        description.textContent = options.description;
        body.appendChild(description);
      }
      if (options.actions.length > 0) {
        var actions = document.createElement('div');
        actions.className = 'flag-actions';
        options.actions.forEach(function (text, index) {
          var button = document.createElement('button');
          button.type = 'button';
          button.textContent = text;
          button.addEventListener('click', function () {
            tell({ id: options.id, event: 'action', action: index });
          });
          actions.appendChild(button);
        });
        body.appendChild(actions);
      }
      element.append(icon, body);
      // As documented for Forge: a bold flag has no dismiss button.
      if (!options.bold) {
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'flag-close';
        close.setAttribute('aria-label', dismissLabel);
        close.innerHTML = svg(icons.close);
        close.addEventListener('click', function () {
          closeFlag(options.id);
        });
        element.appendChild(close);
      }
      var flag = { element: element, timer: undefined, held: 0 };
      var wait = function () {
        clearTimeout(flag.timer);
        if (!options.isAutoDismiss || flag.held > 0) return;
        flag.timer = setTimeout(function () {
          closeFlag(options.id);
        }, ${FLAG_AUTO_DISMISS_MS});
      };
      var hold = function (by) {
        return function () {
          flag.held |= by;
          wait();
        };
      };
      var release = function (by) {
        return function (event) {
          if (by === 2 && element.contains(event.relatedTarget)) return;
          flag.held &= ~by;
          wait();
        };
      };
      element.addEventListener('mouseenter', hold(1));
      element.addEventListener('mouseleave', release(1));
      element.addEventListener('focusin', hold(2));
      element.addEventListener('focusout', release(2));
      shown.set(options.id, flag);
      flags.prepend(element);
      wait();
    }

    window.addEventListener('message', function (event) {
      var message = event.data;
      if (event.origin !== window.location.origin || event.source !== frame.contentWindow) return;
      if (message && message.type === ${JSON.stringify(FLAG_MESSAGE)}) {
        if (message.op === 'show' && message.flag) showFlag(message.flag);
        if (message.op === 'close') closeFlag(String(message.id));
        return;
      }
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
