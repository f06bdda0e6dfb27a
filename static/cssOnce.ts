import type { Plugin, Rollup } from 'vite';

type OutputAsset = Rollup.OutputAsset;

export const CSS_ONCE_PLUGIN = 'gitprotect:css-once';

/**
 * Keeps the first-load stylesheet's cascade whatever part of the page loads later. Atlaskit's
 * styles are atomic classes (one declaration each, e.g. `font` or `font-weight`), and several
 * packages declare the same class: when a code-split part's stylesheet arrives, its copies of
 * those rules come last and win again, in that part's order. The recent jobs table, the dialogs
 * and the flags would then restyle what is already on screen (the table's header turns bold when
 * its own stylesheet lands, then light again when a dialog's does). So each later stylesheet
 * keeps only the rules the first-load stylesheets do not already have.
 */
export function cssOnce(): Plugin {
  return {
    name: CSS_ONCE_PLUGIN,
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const firstLoad = firstLoadCss(bundle);
      const known = new Set(firstLoad.flatMap((asset) => topLevelRules(textOf(asset))));
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
        if (firstLoad.includes(asset)) continue;
        asset.source = topLevelRules(textOf(asset))
          .filter((rule) => !known.has(rule))
          .join('');
      }
    },
  };
}

/** The stylesheets the entry chunks import: what index.html links. */
function firstLoadCss(bundle: Rollup.OutputBundle): OutputAsset[] {
  const names = new Set(
    Object.values(bundle).flatMap((output) =>
      output.type === 'chunk' && output.isEntry
        ? [...(output.viteMetadata?.importedCss ?? [])]
        : [],
    ),
  );
  return Object.values(bundle).filter(
    (output): output is OutputAsset => output.type === 'asset' && names.has(output.fileName),
  );
}

function textOf(asset: OutputAsset): string {
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
}

/**
 * Splits minified CSS into its top-level rules and at-rule blocks, each as written (braces
 * inside strings and comments do not count).
 */
export function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let start = 0;
  let depth = 0;
  for (let at = 0; at < css.length; at += 1) {
    const char = css[at];
    if (char === '"' || char === "'") {
      at = closingQuote(css, at);
      if (at < 0) break;
    } else if (char === '/' && css[at + 1] === '*') {
      at = css.indexOf('*/', at + 2) + 1;
      if (at <= 0) break;
    } else if (char === '{') {
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) {
        rules.push(css.slice(start, at + 1));
        start = at + 1;
      }
    } else if (char === ';' && depth === 0) {
      // `@charset`, `@import` and `@layer a, b;` end with a semicolon.
      rules.push(css.slice(start, at + 1));
      start = at + 1;
    }
  }
  const rest = css.slice(start);
  if (rest.trim()) rules.push(rest);
  return rules;
}

function closingQuote(css: string, open: number): number {
  for (let at = open + 1; at < css.length; at += 1) {
    if (css[at] === '\\') at += 1;
    else if (css[at] === css[open]) return at;
  }
  return -1;
}
