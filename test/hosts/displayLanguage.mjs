// Starts code-server in another display language without the Marketplace's language packs, which cannot be installed offline.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

/**
 * code-server resolves `--locale` only to a language whose pack its user data lists in `languagepacks.json`
 * (otherwise VS Code falls back to English, `vscode.env.language` included). This writes the entry VS Code writes when
 * a pack is installed from its UI, for a pack with no translations of VS Code's own strings: the workbench stays in
 * English, and extensions see `language` and load their own `package.nls.<language>.json` and l10n bundle.
 */
export function listEmptyLanguagePack(scratch, language) {
  const userData = join(scratch, 'user-data');
  mkdirSync(userData, { recursive: true });
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({
    [language]: {
      hash: `threadwright-test-language-pack-${language}-1`,
      extensions: [{ extensionIdentifier: { id: `threadwright-tests.language-pack-${language}` }, version: '1.0.0' }],
      translations: { vscode: join(ROOT, 'test', 'hosts', 'empty-language-pack', 'main.i18n.json') },
      label: language,
    },
  }));
}
