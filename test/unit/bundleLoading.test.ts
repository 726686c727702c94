import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cliRun';

const BUNDLES = ['dist/extension.node.js', 'dist/extension.web.js', 'dist/cli.js'];

/** The names the `vscode` module exports, read from its type declarations, for a stand-in module to have them all. */
function vscodeApiNames(): string[] {
  const declarations = readFileSync(join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  return [...new Set([...declarations.matchAll(/^(?: {4}|\t)export (?:namespace|class|enum|const|function|let) (\w+)/gm)].map((match) => match[1]))];
}

// Loads a bundle in a fresh Node with a stand-in `vscode` module and reports what loading it did: how many
// Intl.Segmenters it built, how many times it listed the `vscode` module's names, and which of the libraries it
// carries as text it ran (the length of each one's text). Given more arguments, it then runs the bundle as the CLI.
const OBSERVE_LOADING = `
const Module = require('node:module');
const seen = { segmenters: 0, vscodeListings: 0, librariesRun: [] };
const Original = Intl.Segmenter;
Intl.Segmenter = class extends Original { constructor(...args) { super(...args); seen.segmenters++; } };
globalThis.Function = new Proxy(Function, { construct: (target, args) => { if (args[0] === 'module') seen.librariesRun.push(args.at(-1).length); return Reflect.construct(target, args); } });
const anything = () => new Proxy(function () {}, { get: (_target, key) => (key === 'then' ? undefined : anything()), apply: () => anything(), construct: () => anything() });
const load = Module._load;
const names = Object.fromEntries(JSON.parse(process.argv[2]).map((name) => [name, anything()]));
const vscode = new Proxy(names, { ownKeys: (target) => { seen.vscodeListings++; return Reflect.ownKeys(target); } });
Module._load = (request, ...rest) => (request === 'vscode' ? vscode : load(request, ...rest));
const [bundle, , ...cliArguments] = process.argv.slice(1);
process.argv = [process.argv[0], bundle, ...cliArguments];
require(bundle);
process.on('exit', () => process.stderr.write('\\nSEEN ' + JSON.stringify(seen) + '\\n'));
`;

interface Loading {
  segmenters: number;
  vscodeListings: number;
  librariesRun: number[];
}

const observed = new Map<string, Loading>();

/** What loading a bundle (and running it as the CLI with `cliArguments`) did, observed once in a fresh Node. */
function observeLoading(bundle: string, cliArguments: string[] = []): Loading {
  const key = JSON.stringify([bundle, cliArguments]);
  const known = observed.get(key);
  if (known !== undefined) return known;
  const run = spawnSync(process.execPath, ['-e', OBSERVE_LOADING, join(ROOT, bundle), JSON.stringify(vscodeApiNames()), ...cliArguments], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const line = /^SEEN (.*)$/m.exec(run.stderr);
  assert.ok(line, `the bundle did not load: ${run.stderr}`);
  const loading = JSON.parse(line[1]) as Loading;
  observed.set(key, loading);
  return loading;
}

suite('the bundles as the runtime loads them', () => {
  for (const bundle of BUNDLES) {
    test(`${bundle} is ASCII only, so it is read and parsed as one-byte text`, () => {
      const text = readFileSync(join(ROOT, bundle), 'utf8');
      const offset = text.search(/[\u0080-\uffff]/);
      assert.equal(offset, -1, `a character past ASCII at offset ${offset}: ${JSON.stringify(text.slice(offset - 20, offset + 20))}`);
    });
  }

  for (const bundle of ['dist/extension.node.js', 'dist/extension.web.js']) {
    test(`loading ${bundle} builds no Intl.Segmenter: ICU's break rules load when a post is first counted by graphemes`, () => {
      assert.equal(observeLoading(bundle).segmenters, 0);
    });

    test(`loading ${bundle} reads the \`vscode\` module's names once, not once per source file`, () => {
      assert.equal(observeLoading(bundle).vscodeListings, 1);
    });

    test(`loading ${bundle} runs none of the libraries carried as text (Ajv, gray-matter, markdown-it, yaml, smol-toml, the publishing records)`, () => {
      assert.deepEqual(observeLoading(bundle).librariesRun, []);
    });
  }

  test('converting a post runs each library carried as text once, when first needed', () => {
    const run = observeLoading('dist/cli.js', ['thread', 'examples/financial-pressures.md']);
    // yaml and gray-matter read the front matter, Ajv checks it against the preset's schema, markdown-it reads the
    // sections: four libraries, each run once however often it is called.
    assert.equal(run.librariesRun.length, 4, JSON.stringify(run));
    assert.equal(new Set(run.librariesRun).size, 4);
  });
});
