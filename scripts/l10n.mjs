// Writes l10n/bundle.l10n.json: every string the extension, the CLI and the core mark for translation, found by @vscode/l10n-dev.
// With --check it writes nothing and fails when the committed bundle is not what the code marks.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

const ROOT = new URL('..', import.meta.url).pathname;
// The core marks its messages with its own `l10n.t` (src/core/post/message.ts), having no import of VS Code's;
// the extractor finds a `t` call only on an import of `vscode` or `@vscode/l10n`, so it is told the marker is that.
const CORE_MARKER = /^import \{[^}]*\bl10n\b[^}]*\} from '(?:\.\.?\/)+(?:post\/)?message';$/m;

function typeScriptFiles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const files = typeScriptFiles(join(ROOT, 'src')).map((path) => {
  const text = readFileSync(path, 'utf8');
  const core = relative(ROOT, path).startsWith('src/core/') && CORE_MARKER.test(text);
  return { extension: '.ts', contents: core ? `import * as l10n from '@vscode/l10n';\n${text}` : text };
});
const bundle = `${JSON.stringify(await getL10nJson(files), null, 2)}\n`;
const target = join(ROOT, 'l10n', 'bundle.l10n.json');
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== bundle) {
    console.error('l10n/bundle.l10n.json is not what the code marks for translation: run npm run l10n');
    process.exit(1);
  }
} else {
  writeFileSync(target, bundle);
  console.log(`l10n/bundle.l10n.json: ${Object.keys(JSON.parse(bundle)).length} strings`);
}
