import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor, waitForDiagnostics } from './helpers';

const codeOf = (diagnostic: vscode.Diagnostic) => (diagnostic.code as { value: string }).value;
const withCode = (code: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((diagnostic) => codeOf(diagnostic) === code);

/** Writes a post into the test workspace (a fresh copy of examples/), as saving a new file would. */
async function writePost(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Asks VS Code for the code actions at a range, picks one by title, and applies its edit. */
async function applyAction(uri: vscode.Uri, range: vscode.Range, titleStart: string, kind?: string): Promise<vscode.CodeAction> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  const action = actions.find((candidate) => candidate.title.startsWith(titleStart));
  assert.ok(action?.edit, `an action "${titleStart}…" among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  assert.strictEqual(await vscode.workspace.applyEdit(action.edit), true);
  return action;
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

suite('front matter', () => {
  teardown(closeAllEditors);

  test('the example post has no front matter error and one missing-file warning, on its image', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, (found) => withCode('front-matter/missing-file')(found).length > 0);
    const frontMatter = diagnostics.filter((diagnostic) => codeOf(diagnostic).startsWith('front-matter/'));
    assert.deepStrictEqual(frontMatter.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error), []);
    const [missing, ...others] = withCode('front-matter/missing-file')(diagnostics);
    assert.strictEqual(others.length, 0);
    const imageLine = editor.document.lineAt(4).text;
    const path = 'assets/images/Financial_Pressures.png';
    assert.strictEqual(imageLine, `image: ${path}`);
    assert.ok(missing.range.isEqual(new vscode.Range(4, imageLine.indexOf(path), 4, imageLine.length)), JSON.stringify(missing.range));
    assert.strictEqual(missing.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(missing.source, 'threadwright');
    assert.strictEqual((missing.code as { target: vscode.Uri }).target.fragment, 'front-mattermissing-file');
  });

  test('adding the missing image to the workspace clears the warning; deleting it brings it back', async () => {
    const uri = examplePostUri();
    await openInEditor(uri);
    await waitForDiagnostics(uri, (found) => withCode('front-matter/missing-file')(found).length === 1);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const image = vscode.Uri.joinPath(folder, 'assets/images/Financial_Pressures.png');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, 'assets/images'));
    await vscode.workspace.fs.writeFile(image, new Uint8Array([137, 80, 78, 71]));
    await waitForDiagnostics(uri, (found) => withCode('front-matter/missing-file')(found).length === 0);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'assets'), { recursive: true });
    await waitForDiagnostics(uri, (found) => withCode('front-matter/missing-file')(found).length === 1);
  });

  test('a date in the wrong format is squiggled on its value; the quick fix rewrites it and the error goes', async () => {
    const uri = await writePost('broken-date.md', '---\nlayout: post\ntitle: "Broken date"\ndate: 08/21/2024\n---\n\n# Broken date\n');
    const editor = await openInEditor(uri);
    const [invalid] = withCode('front-matter/invalid-value')(await waitForDiagnostics(uri, (found) => withCode('front-matter/invalid-value')(found).length === 1));
    const line = editor.document.lineAt(3).text;
    assert.ok(invalid.range.isEqual(new vscode.Range(3, line.indexOf('08/21/2024'), 3, line.length)), JSON.stringify(invalid.range));
    assert.strictEqual(invalid.message, '`date`: the month 21 does not exist, so Jekyll cannot read this date.');
    assert.strictEqual(invalid.severity, vscode.DiagnosticSeverity.Error);
    await applyAction(uri, invalid.range, 'Rewrite the date');
    await waitForDiagnostics(uri, (found) => withCode('front-matter/invalid-value')(found).length === 0);
    assert.strictEqual(editor.document.lineAt(3).text, 'date: 2024-08-21');
  });

  test('a missing title is flagged on the opening line; the quick fix adds it from the first heading', async () => {
    const uri = await writePost('missing-title.md', '---\nlayout: post\n---\n\n# Miners and AI\n');
    const editor = await openInEditor(uri);
    const [missing] = withCode('front-matter/missing-key')(await waitForDiagnostics(uri, (found) => withCode('front-matter/missing-key')(found).length === 1));
    assert.ok(missing.range.isEqual(new vscode.Range(0, 0, 0, 3)));
    assert.strictEqual(missing.message, '`title` is missing: the Jekyll preset requires it.');
    await applyAction(uri, missing.range, 'Add `title');
    await waitForDiagnostics(uri, (found) => withCode('front-matter/missing-key')(found).length === 0);
    assert.strictEqual(editor.document.getText(), '---\nlayout: post\ntitle: "Miners and AI"\n---\n\n# Miners and AI\n');
  });

  test('an unclosed block is one error on its opening line', async () => {
    const uri = await writePost('unclosed.md', '---\nlayout: post\ntitle: Open\n\n# Body\n');
    await openInEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, (found) => withCode('front-matter/unclosed')(found).length === 1);
    const frontMatter = diagnostics.filter((diagnostic) => codeOf(diagnostic).startsWith('front-matter/'));
    assert.strictEqual(frontMatter.length, 1);
    assert.ok(frontMatter[0].range.isEqual(new vscode.Range(0, 0, 0, 3)));
  });

  test('fix all (source.fixAll.threadwright) fixes a duplicate key, a date and a thread\'s numbering in one undoable edit', async () => {
    const threads = '\n## Threads\n\n### Thread 1\n\n1/3 First.\n\n3/3 Second.\n';
    const original = `---\nlayout: post\ntitle: Old\ndate: 08/21/2024\ntitle: "New"\n---\n${threads}`;
    const uri = await writePost('fix-all.md', original);
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (found) => withCode('front-matter/duplicate-key')(found).length === 1 && withCode('front-matter/invalid-value')(found).length === 1);
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const action = await applyAction(uri, all, 'Fix all', 'source.fixAll.threadwright');
    assert.strictEqual(action.kind?.value, 'source.fixAll.threadwright');
    await waitForDiagnostics(uri, (found) => found.filter((diagnostic) => codeOf(diagnostic).startsWith('front-matter/')).length === 0);
    assert.strictEqual(editor.document.getText(), '---\nlayout: post\ndate: 2024-08-21\ntitle: "New"\n---\n\n## Threads\n\n### Thread 1\n\n1/2 First.\n\n2/2 Second.\n');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  test('completions offer the categories of the other posts, and a new post\'s once it is saved', async () => {
    const uri = await writePost('needs-category.md', '---\nlayout: post\ntitle: "Needs a category"\ncategories: []\n---\n');
    await openInEditor(uri);
    const insideList = new vscode.Position(3, 'categories: ['.length);
    const labels = await completionLabels(uri, insideList);
    for (const category of ['Infrastructure', 'DePIN', 'Announcement']) assert.ok(labels.includes(category), `${category} in ${JSON.stringify(labels)}`);
    await writePost('fresh-post.md', '---\nlayout: post\ntitle: "Fresh"\ncategories: [Freshly]\n---\n');
    let fresh: string[] = [];
    for (let tries = 0; tries < 50 && !fresh.includes('Freshly'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      fresh = await completionLabels(uri, insideList);
    }
    assert.ok(fresh.includes('Freshly'), JSON.stringify(fresh));
  });

  test('completions offer keys of the preset and layouts from _layouts/; hovering a key explains it', async () => {
    const uri = await writePost('keys.md', '---\nlayout: \ntitle: "Keys"\n\n---\n');
    await openInEditor(uri);
    assert.ok((await completionLabels(uri, new vscode.Position(1, 'layout: '.length))).includes('post'));
    const keys = await completionLabels(uri, new vscode.Position(3, 0));
    for (const key of ['date', 'categories', 'tags', 'published', 'image']) assert.ok(keys.includes(key), `${key} in ${JSON.stringify(keys)}`);
    assert.ok(!keys.includes('title'), 'keys already there are not offered');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(1, 2));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.ok(text.includes('_layouts/'), text);
  });

  test('a JSON Schema named by the setting adds its rules: its enum and required keys are reported', async () => {
    await writePost('front-matter.schema.json', JSON.stringify({ type: 'object', properties: { layout: { enum: ['post', 'page'] } }, required: ['author'] }));
    const config = vscode.workspace.getConfiguration('threadwright');
    await config.update('frontMatter.schema', 'front-matter.schema.json', vscode.ConfigurationTarget.Workspace);
    try {
      const uri = await writePost('schema-check.md', '---\nlayout: article\ntitle: "Schema"\n---\n');
      const editor = await openInEditor(uri);
      const diagnostics = await waitForDiagnostics(uri, (found) => withCode('front-matter/invalid-value')(found).length === 1 && withCode('front-matter/missing-key')(found).length === 1);
      const [invalid] = withCode('front-matter/invalid-value')(diagnostics);
      assert.strictEqual(invalid.message, '`layout` must be one of: post, page.');
      assert.ok(invalid.range.isEqual(new vscode.Range(1, 'layout: '.length, 1, editor.document.lineAt(1).text.length)));
      assert.strictEqual(withCode('front-matter/missing-key')(diagnostics)[0].message, '`author` is missing: your front matter schema requires it.');
    } finally {
      await config.update('frontMatter.schema', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
