// ESLint flat config: typescript-eslint's recommended rules for the sources, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** src/core's folders, lowest first: each may import only the ones before it. */
const CORE_LAYERS = ['post', 'count', 'config', 'frontMatter', 'checks', 'edit', 'convert', 'preview', 'publish'];

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'media/', '.vscode-test/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', 'test/hosts/**/*.mjs', 'test/e2e/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/e2e/**/*.mjs'],
    // Mocha's globals, and the page's own (code passed to page.evaluate runs in the browser).
    languageOptions: { globals: { ...globals.mocha, ...globals.browser } },
  },
  {
    files: ['scripts/bundle-stubs/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  // The layers (docs/architecture.md): core knows no adapter; the adapters know the core and never each other.
  // Inside the core each folder builds only on the folders before it in CORE_LAYERS.
  ...CORE_LAYERS.map((layer, index) => ({
    files: [`src/core/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(vscode|node:.*|fs|path|os|child_process|util|events|stream|crypto)$', message: 'src/core stays pure: it runs in the web worker, the Node host and the CLI.' },
        { regex: '(^|/)(extension|cli|webview|runtime)(/|$)|(^|/)protocol$', message: 'src/core imports no adapter: the extension, the CLI and the webview build on it, not the other way round.' },
        ...(index < CORE_LAYERS.length - 1 ? [{
          regex: `^\\.\\./(${CORE_LAYERS.slice(index + 1).join('|')})(/|$)`,
          message: `src/core/${layer} builds only on ${CORE_LAYERS.slice(0, index).join(', ') || 'itself'} (docs/architecture.md).`,
        }] : []),
      ] }],
    },
  })),
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^\\.\\./(cli|webview)(/|$)', message: 'The extension talks to the webview through src/protocol.ts only, and shares code with the CLI through src/core.' },
      ] }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^vscode$|(^|/)(extension|webview)(/|$)', message: 'The CLI shares code with the extension through src/core only.' },
      ] }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^vscode$|(^|/)(extension|cli)(/|$)', message: 'The webview runs in its own page: it knows the extension only through src/protocol.ts.' },
      ] }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
