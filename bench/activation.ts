// One activation, in this fresh process: load a production bundle with a stand-in `vscode` module, call its
// `activate`, and print the milliseconds both took (run by `bench/run.ts`, once per sample).
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { fakeExtensionContext, makeFakeVscode } from './fakeVscode';

const ROOT = join(__dirname, '..', '..');

/** The names the `vscode` module exports, read from its type declarations. */
function vscodeApiNames(): string[] {
  const declarations = readFileSync(join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  return [...new Set([...declarations.matchAll(/^(?: {4}|\t)export (?:namespace|class|enum|const|function|let) (\w+)/gm)].map((match) => match[1]))];
}

const fakeVscode = makeFakeVscode(vscodeApiNames());
const moduleLoader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleLoader._load;
moduleLoader._load = (request, ...rest) => (request === 'vscode' ? fakeVscode : originalLoad(request, ...rest));
const start = performance.now();
const extension = moduleLoader._load(process.argv[2]) as { activate(context: unknown): unknown };
extension.activate(fakeExtensionContext());
process.stdout.write(String(performance.now() - start));
