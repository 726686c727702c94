// ESLint flat config: typescript-eslint's recommended rules for the sources, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(vscode|node:.*|fs|path|os|child_process|util|events|stream|crypto)$', message: 'src/core stays pure: it runs in the web worker, the Node host and the CLI.' },
      ] }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
