import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Atlassian's design-token themes as one stylesheet, the way a Forge host provides them once an
 * app calls `view.theme.enable()`. @atlaskit/tokens ships each theme as a module exporting CSS
 * text scoped to `html[data-color-mode][data-theme~="<kind>:<id>"]`.
 */
export const THEME_KINDS = ['light', 'dark', 'spacing', 'typography', 'shape', 'motion'] as const;

/** The `data-theme` value that activates every theme in the stylesheet. */
export const DATA_THEME =
  'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';

const requireFromHere = createRequire(__filename);

export function loadTokenStylesheet(): string {
  const tokensRoot = dirname(requireFromHere.resolve('@atlaskit/tokens/package.json'));
  return THEME_KINDS.map((kind) => {
    // An absolute path: the package's export map does not list its theme artifacts.
    const file = join(tokensRoot, 'dist', 'cjs', 'artifacts', 'themes', `atlassian-${kind}.js`);
    const css = (requireFromHere(file) as { default?: unknown }).default;
    if (typeof css !== 'string' || !css.includes('--ds-')) {
      throw new Error(`@atlaskit/tokens: ${file} no longer exports theme CSS.`);
    }
    return `/* atlassian-${kind} */\n${css}`;
  }).join('\n');
}
