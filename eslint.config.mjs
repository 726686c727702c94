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
    languageOptions: { globals: globals.mocha },
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
