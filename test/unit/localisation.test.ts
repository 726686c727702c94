import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { englishText, fillMessage, l10n } from '../../src/core/post/message';
import { chooseLanguage, takeLocaleOption } from '../../src/cli/l10n';
import { EXAMPLE_PATH, ROOT, runCli } from './cliRun';

type Strings = Record<string, string>;
const readJson = (path: string): Strings => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Strings;
/** The `{0}`/`{name}` placeholders, `$(icon)`s and `(command:…)` links of a string: what a translation must keep. */
const kept = (text: string) => [...text.matchAll(/\{\w+\}|\$\([\w-]+\)|\(command:[^)]*\)/g)].map((match) => match[0]).sort();

for (const [english, japanese] of [['package.nls.json', 'package.nls.ja.json'], ['l10n/bundle.l10n.json', 'l10n/bundle.l10n.ja.json']]) {
  suite(`the Japanese translation of ${english}`, () => {
    const source = readJson(english);
    const translated = readJson(japanese);

    test('has exactly the English keys, none left empty', () => {
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(source).sort());
      for (const [key, value] of Object.entries(translated)) assert.ok(typeof value === 'string' && value.trim() !== '', `${key} is empty`);
    });

    test('keeps every placeholder, icon and command link of the English', () => {
      for (const [key, value] of Object.entries(source)) assert.deepEqual(kept(translated[key]), kept(value), key);
    });
  });
}

suite('the manifest and the bundle', () => {
  test('every title, description and label in package.json is a %key% of package.nls.json, and every key is used', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const nls = readJson('package.nls.json');
    const shown = /"(?:displayName|description|markdownDescription|title|category|label)": "([^"]*)"|"enumDescriptions": \[([^\]]*)\]/g;
    const values = [...manifest.matchAll(shown)].flatMap((match) => (match[1] !== undefined ? [match[1]] : [...match[2].matchAll(/"([^"]*)"/g)].map((item) => item[1])));
    assert.ok(values.length > 70, `${values.length} strings found`);
    const plain = values.filter((value) => !/^%[\w.]+%$/.test(value));
    assert.deepEqual(plain, []);
    const used = new Set(values.map((value) => value.slice(1, -1)));
    assert.deepEqual(Object.keys(nls).filter((key) => !used.has(key)), []);
    assert.equal(JSON.parse(manifest).l10n, './l10n');
  });

  test('l10n/bundle.l10n.json holds exactly what the code marks for translation (npm run l10n)', function () {
    this.timeout(120_000);
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'l10n.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
});

suite('core messages', () => {
  test('a message fills in English, and a translator sees each nested message before the one that quotes it', () => {
    const message = l10n.t('{post} is {length}/{limit}: {over}', { post: l10n.t('Post {label}', { label: '8/10' }), length: 326, limit: 280, over: l10n.t('{count} over', { count: 46 }) });
    assert.equal(englishText(message), 'Post 8/10 is 326/280: 46 over');
    const seen: string[] = [];
    const upper = fillMessage(message, (template, args) => {
      seen.push(template);
      return `<${template.replace(/\{(\w+)\}/g, (_, name: string) => String(args[name]))}>`;
    });
    assert.deepEqual(seen, ['Post {label}', '{count} over', '{post} is {length}/{limit}: {over}']);
    assert.equal(upper, '<<Post 8/10> is 326/280: <46 over>>');
  });
});

suite('the CLI in Japanese', () => {
  const JAPANESE_LINE = /^examples\/financial-pressures\.md:131:\d+ {2}error {2}thread\/too-long {2}「Bitcoin Mining Crisis…」の投稿 8\/10 は 326\/280 です: 46 超過$/m;

  test('LANG=ja_JP.UTF-8: check prints the example post\'s over-long post in Japanese', function () {
    this.timeout(120_000);
    const run = runCli(['check', EXAMPLE_PATH], { env: { LANG: 'ja_JP.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    assert.equal(run.status, 1);
    assert.match(run.stdout, JAPANESE_LINE);
  });

  test('--locale beats LC_ALL, LC_ALL beats LC_MESSAGES and LANG, and a language with no bundle is English', () => {
    assert.deepEqual(takeLocaleOption(['check', '--locale', 'ja', 'a.md']), { locale: 'ja', rest: ['check', 'a.md'] });
    assert.deepEqual(takeLocaleOption(['count', '--locale=ja', '--', '--locale']), { locale: 'ja', rest: ['count', '--', '--locale'] });
    assert.equal(chooseLanguage('ja', { LC_ALL: 'en_US.UTF-8' }), 'ja');
    assert.equal(chooseLanguage(undefined, { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }), 'ja');
    assert.equal(chooseLanguage(undefined, { LC_ALL: '', LC_MESSAGES: 'ja_JP.eucJP', LANG: 'en_US.UTF-8' }), 'ja');
    assert.equal(chooseLanguage(undefined, { LC_ALL: 'de_DE.UTF-8', LANG: 'ja_JP.UTF-8' }), 'en');
    assert.equal(chooseLanguage('C', { LANG: 'ja_JP.UTF-8' }), 'en');
    assert.equal(chooseLanguage(undefined, {}), 'en');
  });

  test('the summary line and check\'s worker threads (200 files and more) speak the --locale language too', function () {
    this.timeout(180_000);
    const folder = mkdtempSync(join(tmpdir(), 'threadwright-l10n-'));
    try {
      const post = `# Post\n\n## Twitter threads:\n\n### Thread: "Long"\n\n1/1 ${'word '.repeat(70)}\n`;
      for (let index = 0; index < 210; index++) writeFileSync(join(folder, `post-${String(index).padStart(3, '0')}.md`), post);
      writeFileSync(join(folder, 'fits.md'), '# Fits\n');
      const run = runCli(['check', '--locale', 'ja', '.'], { cwd: folder, env: { LANG: 'en_US.UTF-8' } });
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 210);
      for (const line of lines) assert.match(line, /thread\/too-long {2}「Long」の投稿 1\/1 は 354\/280 です: 74 超過$/);
      assert.match(runCli(['check', '--locale', 'ja', 'fits.md'], { cwd: folder }).stderr, /^1 個のファイルに問題はありません。$/m);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
