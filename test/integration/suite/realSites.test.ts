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

suite('.threadwright.json "schema" in the editor, per workspace folder (multi-root)', () => {
  const first = () => vscode.workspace.workspaceFolders![0].uri;
  const second = () => vscode.Uri.joinPath(first(), 'second-root');
  const schemaRequiring = (key: string) => JSON.stringify({ type: 'object', required: [key] });

  suiteSetup(async () => {
    await write(vscode.Uri.joinPath(second(), 'placeholder.txt'), '');
    const added = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => {
        listener.dispose();
        resolve();
      });
    });
    // Added after the first folder, so the extension host keeps running.
    assert.ok(vscode.workspace.updateWorkspaceFolders(1, 0, { uri: second(), name: 'second-root' }));
    await added;
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    const removed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => {
        listener.dispose();
        resolve();
      });
    });
    vscode.workspace.updateWorkspaceFolders(1, 1);
    await removed;
    for (const uri of [second(), vscode.Uri.joinPath(first(), '.threadwright.json'), vscode.Uri.joinPath(first(), 'schema-first.json'), vscode.Uri.joinPath(first(), 'first-post.md')]) await remove(uri);
  });

  test('each folder\'s project file names its own schema, and its posts are checked against that one, as the CLI checks them', async () => {
    await write(vscode.Uri.joinPath(first(), 'schema-first.json'), schemaRequiring('author'));
    await write(vscode.Uri.joinPath(first(), '.threadwright.json'), '{ "schema": "schema-first.json" }\n');
    await write(vscode.Uri.joinPath(second(), 'schema-second.json'), schemaRequiring('series'));
    await write(vscode.Uri.joinPath(second(), '.threadwright.json'), '{ "schema": "schema-second.json", "preset": "hugo" }\n');
    const firstPost = vscode.Uri.joinPath(first(), 'first-post.md');
    const secondPost = vscode.Uri.joinPath(second(), 'second-post.md');
    for (const post of [firstPost, secondPost]) await write(post, '---\ntitle: A post\nlayout: post\n---\n\nBody\n');
    await openPinned(firstPost);
    await openPinned(secondPost);
    assert.strictEqual(vscode.workspace.getWorkspaceFolder(secondPost)?.name, 'second-root');
    const firstFound = await waitForDiagnostics(firstPost, (found) => frontMatterOf(found).some(([code]) => code === 'front-matter/missing-key'));
    assert.deepStrictEqual(frontMatterOf(firstFound), [['front-matter/missing-key', '`author` is missing: your front matter schema requires it.']]);
    const secondFound = await waitForDiagnostics(secondPost, (found) => frontMatterOf(found).some(([code]) => code === 'front-matter/missing-key'));
    assert.deepStrictEqual(frontMatterOf(secondFound), [['front-matter/missing-key', '`series` is missing: your front matter schema requires it.']]);
  });
});
