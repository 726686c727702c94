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

// Loads a bundle in a fresh Node with a stand-in `vscode` module and reports how many Intl.Segmenters were built.
const COUNT_SEGMENTERS_ON_LOAD = `
const Module = require('node:module');
let built = 0;
const Original = Intl.Segmenter;
Intl.Segmenter = class extends Original { constructor(...args) { super(...args); built++; } };
const anything = () => new Proxy(function () {}, { get: (_target, key) => (key === 'then' ? undefined : anything()), apply: () => anything(), construct: () => anything() });
const load = Module._load;
const vscode = Object.fromEntries(JSON.parse(process.argv[2]).map((name) => [name, anything()]));
Module._load = (request, ...rest) => (request === 'vscode' ? vscode : load(request, ...rest));
require(process.argv[1]);
process.stdout.write(String(built));
`;

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
      const run = spawnSync(process.execPath, ['-e', COUNT_SEGMENTERS_ON_LOAD, join(ROOT, bundle), JSON.stringify(vscodeApiNames())], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, '0');
    });
  }
});
