import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, waitForDiagnostics } from './helpers';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const remove = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.delete(uri, { recursive: true })).catch(() => undefined);
const openPinned = async (uri: vscode.Uri) => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
const frontMatterOf = (diagnostics: vscode.Diagnostic[]) =>
  diagnostics.filter((diagnostic) => String((diagnostic.code as { value: string }).value).startsWith('front-matter/')).map((diagnostic) => [(diagnostic.code as { value: string }).value, diagnostic.message]);

const MISSING_LAYOUT = '`layout` is missing: neither the post nor a `defaults:` entry in _config.yml sets it, so Jekyll renders the post without a layout.';

suite('front matter on real sites: as Jekyll and Hugo read it', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const at = (...path: string[]) => vscode.Uri.joinPath(root(), ...path);

  teardown(async () => {
    await closeAllEditors();
    for (const folder of ['jekyll-site', 'hugo-site', 'crlf-site']) await remove(at(folder));
  });

  test('CRLF front matter: the last line\'s layout, date and 60-character title read as written', async () => {
    await write(at('crlf-site', '_config.yml'), 'title: CRLF\r\n');
    await write(at('crlf-site', '_layouts', 'post.html'), '{{ content }}\r\n');
    const post = at('crlf-site', '_posts', '2024-01-02-crlf.md');
    await write(post, `---\r\nimage: /missing.png\r\ndate: 2024-01-02 10:00:00 +0100\r\ntitle: ${'x'.repeat(60)}\r\nlayout: post\r\n---\r\n\r\nBody\r\n`);
    await openPinned(post);
    // The missing image shows the workspace has been read; nothing else may be reported.
    const diagnostics = await waitForDiagnostics(post, (found) => frontMatterOf(found).length === 1 && frontMatterOf(found)[0][0] === 'front-matter/missing-file');
    assert.deepStrictEqual(frontMatterOf(diagnostics).map(([code]) => code), ['front-matter/missing-file']);
  });

  test('a layout from defaults: in _config.yml: warned while the config is missing, not once it gives the layout', async () => {
    await write(at('jekyll-site', '_layouts', 'post.html'), '{{ content }}\n');
    const post = at('jekyll-site', '_posts', '2024-01-02-defaulted.md');
    await write(post, '---\ntitle: Defaulted\n---\n\nBody\n');
    await write(at('jekyll-site', '_config.yml'), 'title: Site\n');
    await openPinned(post);
    await waitForDiagnostics(post, (found) => JSON.stringify(frontMatterOf(found)) === JSON.stringify([['front-matter/missing-key', MISSING_LAYOUT]]));
    await write(at('jekyll-site', '_config.yml'), 'title: Site\ndefaults:\n  - scope:\n      path: ""\n      type: posts\n    values:\n      layout: post\n');
    await waitForDiagnostics(post, (found) => frontMatterOf(found).length === 0);
  });

  test('the generator is detected from the site: a YAML post beside hugo.toml gets Hugo\'s rules, not Jekyll\'s', async () => {
    await write(at('hugo-site', 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Site"\n');
    const post = at('hugo-site', 'content', 'posts', 'first.md');
    await write(post, '---\ntitle: First\ndate: 2024-1-2\ntags: one\nweight: "5"\n---\n\nBody\n');
    await openPinned(post);
    const diagnostics = await waitForDiagnostics(post, (found) => frontMatterOf(found).length === 1 && /Hugo/.test(frontMatterOf(found)[0][1]));
    assert.deepStrictEqual(frontMatterOf(diagnostics), [[
      'front-matter/invalid-value',
      '`date`: the month and the day need two digits each, so Hugo cannot read it and the post gets no date. Write it as 2024-08-21T10:00:00+01:00 (or 2024-08-21).',
    ]]);
    await vscode.workspace.getConfiguration('threadwright').update('frontMatter.preset', 'jekyll', vscode.ConfigurationTarget.Global);
    try {
      await waitForDiagnostics(post, (found) => JSON.stringify(frontMatterOf(found)) === JSON.stringify([['front-matter/missing-key', MISSING_LAYOUT]]));
    } finally {
      await vscode.workspace.getConfiguration('threadwright').update('frontMatter.preset', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

suite('.threadwright.json "schema" in the editor, read for the post\'s own workspace folder', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const at = (name: string) => vscode.Uri.joinPath(folder(), name);
  const schemaRequiring = (key: string) => JSON.stringify({ type: 'object', required: [key] });

  teardown(async () => {
    await closeAllEditors();
    for (const name of ['.threadwright.json', 'schema-first.json', 'first-post.md']) await remove(at(name));
  });

  test('the project file\'s schema applies to the folder\'s posts with the CLI\'s message, and a change to the schema file applies at once', async () => {
    await write(at('schema-first.json'), schemaRequiring('author'));
    await write(at('first-post.md'), '---\ntitle: A post\nlayout: post\n---\n\nBody\n');
    await openPinned(at('first-post.md'));
    await write(at('.threadwright.json'), '{ "schema": "schema-first.json" }\n');
    const found = await waitForDiagnostics(at('first-post.md'), (diagnostics) => frontMatterOf(diagnostics).some(([code]) => code === 'front-matter/missing-key'));
    assert.deepStrictEqual(frontMatterOf(found), [['front-matter/missing-key', '`author` is missing: your front matter schema requires it.']]);
    await write(at('schema-first.json'), schemaRequiring('series'));
    const changed = await waitForDiagnostics(at('first-post.md'), (diagnostics) => frontMatterOf(diagnostics).some(([, message]) => message.startsWith('`series`')));
    assert.deepStrictEqual(frontMatterOf(changed), [['front-matter/missing-key', '`series` is missing: your front matter schema requires it.']]);
    await remove(at('.threadwright.json'));
    await waitForDiagnostics(at('first-post.md'), (diagnostics) => frontMatterOf(diagnostics).length === 0);
  });
});
