import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import designSystem from '@atlaskit/eslint-plugin-design-system';

const pageFiles = ['static/src/**/*.{ts,tsx}'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'static/build/',
      'build/',
      '.local/',
      'test-output/',
      'coverage/',
      'tools/node22/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...[
    // Type-aware rules, each file checked against the tsconfig that owns it: the Forge backend's,
    // the page's, or the one for tests, the local host, benchmarks and tools. A promise nobody
    // awaits, or one handed to something that expects a plain function, is an error.
    { files: ['src/**/*.ts'], project: './tsconfig.json' },
    { files: ['static/src/**/*.{ts,tsx}'], project: './static/tsconfig.json' },
    {
      files: ['test/**/*.{ts,tsx}', 'dev/**/*.ts', 'bench/**/*.{ts,tsx}', 'tools/**/*.ts'],
      ignores: ['static/src/**'],
      project: './tsconfig.dev.json',
    },
    { files: ['static/*.ts', 'static/dev/**/*.ts'], project: './tsconfig.dev.json' },
  ].map(({ files, ignores, project }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    languageOptions: { parserOptions: { project, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  })),
  {
    // React code: the page and the page tests.
    files: ['static/src/**/*.tsx', 'static/src/**/*.ts', 'test/page/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: pageFiles,
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: pageFiles,
    rules: {
      // A dialog hands the focus to its way forward through its own prop (Atlaskit's Modal
      // `autoFocus` ref): that is the dialog pattern, not a page stealing the focus on load.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    // Colours, spacing and shapes come from Atlassian's design tokens, so Jira's themes apply.
    // Styling, one system for new code: Atlaskit's compiled primitives
    // (`@atlaskit/primitives/compiled`) and their token props, as Atlaskit now recommends. Their
    // own styles (`cssMap`) need a Compiled build step the page does not have, so a look their
    // props cannot give stays a plain token `style` beside its component: the first load carries
    // no runtime `xcss` (Emotion, +2.9 kB gzip). The lazy parts written with the runtime
    // primitives and `xcss` keep them until they are next reworked.
    files: pageFiles,
    plugins: { '@atlaskit/design-system': designSystem },
    rules: {
      '@atlaskit/design-system/ensure-design-token-usage': [
        'error',
        { domains: ['color', 'spacing', 'shape'], shouldEnforceFallbacks: false },
      ],
      // Atlaskit's parts over plain elements: buttons, and primitives for layout. The plugin
      // removed `use-primitives` in version 16; `prefer-primitives` is what it has instead.
      '@atlaskit/design-system/prefer-primitives': 'error',
      '@atlaskit/design-system/no-html-button': 'error',
      // The compiled primitives take no runtime `xcss()` styles: the two systems stay apart.
      '@atlaskit/design-system/ensure-proper-xcss-usage': 'error',
      // Atlaskit's forms as documented: a Form that renders its own <form>, field messages in
      // a MessageWrapper (the live region that announces them).
      '@atlaskit/design-system/use-simple-form': 'error',
      '@atlaskit/design-system/use-field-message-wrapper': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The stand-in Forge runtime and the local function host run in Node 22, outside the bundle.
    files: ['tools/forge/**/*.cjs'],
    languageOptions: {
      globals: {
        exports: 'writable',
        process: 'readonly',
        console: 'writable',
        global: 'readonly',
        fetch: 'readonly',
        Headers: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
