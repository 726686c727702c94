// Mutation testing of the pure core (`npm run test:mutation`): Stryker mutates src/core, bundles the unit tests with
// esbuild once (mutants are switched at run time), and runs the core's unit tests with mocha. The CLI and fuzz-case
// suites are left out: they spawn processes and test the adapters, not the core. Publishing runs against the fake
// Mastodon server and the fake PDS in the test process (the reference PDS suite runs in `npm test` only).
import { readdirSync } from 'node:fs';

const SLOW_OR_ADAPTER_SUITES = /^(cli|fuzz|bundleLoading)/;

const coreSuites = readdirSync('test/unit').filter((name) => name.endsWith('.test.ts') && !SLOW_OR_ADAPTER_SUITES.test(name));

// The suites are bundled as scripts/build.mjs bundles them; the build runs before Stryker links node_modules into its
// sandbox, so it bundles only the suites, with every package left external.
const buildSuites = ['esbuild', ...coreSuites.map((name) => `test/unit/${name}`),
  '--bundle', '--platform=node', '--format=cjs', '--target=es2022', '--packages=external', '--log-level=warning', '--outdir=out/test/unit'].join(' ');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/core/**/*.ts'],
  testRunner: 'mocha',
  mochaOptions: {
    spec: coreSuites.map((name) => `out/test/unit/${name.replace(/\.ts$/, '.js')}`),
    ui: 'tdd',
    // The corpus sweep alone takes half a minute; every mutant it would catch is run against the focused tests instead.
    // The localisation suites that read the shipped sources or run the CLI are left out: the sandbox holds mutated
    // sources and no built CLI.
    grep: '^(?!.*(every corpus post: no template tag|^the manifest and the bundle|^the CLI in Japanese))',
    'no-config': true,
    'no-package': true,
  },
  buildCommand: buildSuites,
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants (patterns, tables) run under every test at once; they are reported as ignored.
  ignoreStatic: true,
  // One folder at a time: `npm run test:mutation -- --mutate 'src/core/post/**/*.ts'`.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['out', 'dist', '.vscode-test', 'reports', 'media/preview.js', '*.vsix'],
  timeoutMS: 5000,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};
