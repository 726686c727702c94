import * as assert from 'assert';
import twitterText from 'twitter-text';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor, testApi, waitUntil } from './helpers';

const { parseTweet } = twitterText;
/** What the quick pick's "Full" item chooses, passed as the command's argument. */
const FULL = { mode: 'full' };

/** A cancellation token that turns cancelled once the conversion has checked it `reads` times: it stops mid-way, on the conversion's own steps. */
function cancelledAfter(reads: number): { token: vscode.CancellationToken; readCount: () => number } {
  let count = 0;
  const token = {
    get isCancellationRequested() {
      count++;
      return count >= reads;
    },
    onCancellationRequested: new vscode.EventEmitter<void>().event,
  };
  return { token, readCount: () => count };
}

/** The post's front matter title, read off the file as the spec defines it. */
function frontMatterTitle(text: string): string {
  return /^title: "(.*)"$/m.exec(text)![1];
}

/**
 * A post of its own, written to the test workspace under a name no other test uses: untitled documents are
 * not used, as a new one can be handed the `Untitled-N` name (and the document) an earlier test left open.
 */
async function freshPost(name: string, content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(examplePostUri(), '..', `convert-${name}-${Date.now()}.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return vscode.workspace.openTextDocument(uri);
}

/** Checks a `### Thread:` block laid out like the example's threads, and returns its posts. */
function assertThreadLayout(block: string, title: string, hook = `${title}\n`): string[] {
  const heading = `### Thread: "${title}"\n\n`;
  assert.ok(block.startsWith(heading), `the block starts with ${JSON.stringify(heading)}: ${JSON.stringify(block.slice(0, 120))}`);
  const posts = block.slice(heading.length).split('\n\n');
  posts.forEach((post, index) => {
    assert.ok(post.startsWith(`${index + 1}/${posts.length} `), `post ${index + 1} is labelled ${index + 1}/${posts.length}: ${post.slice(0, 30)}`);
    assert.ok(!post.includes('\n\n') && post.trim() === post);
    assert.ok(parseTweet(post).weightedLength <= 280, `post ${index + 1} fits X: ${parseTweet(post).weightedLength}`);
  });
  assert.ok(posts[0].startsWith(`1/${posts.length} ${hook}`), `post 1 opens with the title: ${posts[0]}`);
  return posts;
}

/** A copy of the example post under a name of its own, open in the active editor with the cursor at the start. */
async function exampleCopy(name: string): Promise<vscode.TextEditor> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(examplePostUri()));
  const editor = await vscode.window.showTextDocument(await freshPost(name, text));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

/**
 * Resolves once the editor's selection changes to one `accept` takes. A convert pick shows its active item's
 * range in the editor, so this is how a test sees that a pick is open and has its items, on a real event.
 */
function selectionBecomes(editor: vscode.TextEditor, what: string, accept: (selection: vscode.Selection) => boolean, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`The editor never showed ${what}; its selection is ${JSON.stringify(editor.selection)}`));
    }, timeoutMs);
    const listener = vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor.document !== editor.document || !accept(event.selections[0])) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

/** What Enter does in the open quick pick: accepts the active item (or, where items have check boxes, the checked ones). */
function pressEnter(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

async function withSetting(key: string, value: unknown, run: () => Promise<void>): Promise<void> {
  const config = vscode.workspace.getConfiguration('threadwright');
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    await run();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

suite('Convert Sections to Thread', function () {
  // Each test converts a whole post inside the extension host, on machines that may be busy.
  this.timeout(90_000);
  teardown(closeAllEditors);

  test('on the example post it appends a fourth thread after ---, in the example’s layout, and one undo restores the post exactly', async () => {
    const editor = await openInEditor(examplePostUri());
    const original = editor.document.getText();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('threadwright.convertToThread', undefined, FULL);
    const after = editor.document.getText();
    assert.notStrictEqual(after, original);
    const kept = original.trimEnd();
    assert.ok(after.startsWith(kept), 'everything before the insertion is untouched');
    assert.ok(after.endsWith('\n') && !after.endsWith('\n\n'), 'the file still ends with one newline');
    const inserted = after.slice(kept.length, -1);
    assert.ok(inserted.startsWith('\n\n---\n\n### Thread: '), JSON.stringify(inserted.slice(0, 40)));
    const posts = assertThreadLayout(inserted.slice('\n\n---\n\n'.length), frontMatterTitle(original));
    // Each section's heading leads its first post.
    assert.ok(posts.some((post) => /^\d+\/\d+ Surging Energy Costs:\n- The global increase in electricity prices/.test(post)));
    assert.ok(!inserted.includes('layout: post') && !inserted.includes('**'));

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  test('with a selection it converts only the sections the selection touches', async () => {
    const editor = await openInEditor(examplePostUri());
    const original = editor.document.getText();
    const start = editor.document.positionAt(original.indexOf('The global increase'));
    const end = editor.document.positionAt(original.indexOf('Specialized ASICs'));
    editor.selection = new vscode.Selection(start, end);
    await vscode.commands.executeCommand('threadwright.convertToThread', undefined, FULL);
    const inserted = editor.document.getText().slice(original.trimEnd().length + '\n\n---\n\n'.length, -1);
    const posts = assertThreadLayout(inserted, frontMatterTitle(original));
    assert.ok(posts[0].includes('\nSurging Energy Costs:\n- The global increase'));
    for (const other of ['Centralization of Mining Pools', 'The Escalation of Bitcoin Mining', 'Key Takeaway']) assert.ok(!inserted.includes(other), other);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  test('with threadwright.convert.output set to newDocument it opens the thread in a new untitled Markdown document and leaves the post alone', async () => {
    const editor = await openInEditor(examplePostUri());
    const original = editor.document.getText();
    const version = editor.document.version;
    await withSetting('convert.output', 'newDocument', async () => {
      await vscode.commands.executeCommand('threadwright.convertToThread', undefined, FULL);
      const created = vscode.window.activeTextEditor!.document;
      assert.strictEqual(created.isUntitled, true);
      assert.strictEqual(created.languageId, 'markdown');
      const text = created.getText();
      assert.ok(text.startsWith('## Twitter threads:\n\n'), JSON.stringify(text.slice(0, 40)));
      assertThreadLayout(text.slice('## Twitter threads:\n\n'.length, -1), frontMatterTitle(original));
      assert.strictEqual(editor.document.getText(), original);
      assert.strictEqual(editor.document.version, version);
    });
  });

  test('a post with no threads block gets one, created in the example’s layout', async () => {
    const document = await freshPost('no-threads-block', '# Launch day\n\nWe ship *today*. Read [the notes](https://example.com/notes).\n');
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('threadwright.convertToThread', document.uri, FULL);
    assert.strictEqual(document.getText(),
      '# Launch day\n\nWe ship *today*. Read [the notes](https://example.com/notes).\n\n---\n\n## Twitter threads:\n\n'
      + '### Thread: "Launch day"\n\n1/1 Launch day\nWe ship today. Read the notes https://example.com/notes.\n');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), '# Launch day\n\nWe ship *today*. Read [the notes](https://example.com/notes).\n');
  });

  test('the digest (the quick pick’s first item) appends 8–12 posts: the title as hook, the closing line last; one undo restores the post exactly', async () => {
    const editor = await openInEditor(examplePostUri());
    const original = editor.document.getText();
    // No selection: a selection would limit the conversion to the sections it touches.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('threadwright.convertToThread', editor.document.uri, { mode: 'digest' });
    const after = editor.document.getText();
    const kept = original.trimEnd();
    assert.ok(after.startsWith(`${kept}\n\n---\n\n### Thread: `));
    const title = frontMatterTitle(original);
    const posts = assertThreadLayout(after.slice(kept.length + '\n\n---\n\n'.length, -1), title, title);
    assert.ok(posts.length >= 8 && posts.length <= 12, `${posts.length} posts`);
    assert.ok(posts.at(-1)!.endsWith('Download your Koii node today.'), posts.at(-1));
    const analysis = (await testApi()).analysisOf(editor.document.uri)!;
    assert.deepStrictEqual(analysis.threads.at(-1)!.posts.map((post) => post.label), posts.map((_, index) => `${index + 1}/${posts.length}`));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  test('run with no arguments, its quick picks answered with Enter as a person does: the digest of every section is inserted, the cursor is back where it was, one undo restores the post', async () => {
    const editor = await exampleCopy('picks');
    const { document } = editor;
    const original = document.getText();
    const kept = original.trimEnd();
    const headingLine = original.split('\n').indexOf('# The Escalation of Bitcoin Mining');
    // The first pick (digest or full) shows where the thread will go; the second (which sections) shows its first section.
    const modePickOpen = selectionBecomes(editor, 'the end of the post', (selection) => selection.isEmpty && document.offsetAt(selection.active) === kept.length);
    const running = vscode.commands.executeCommand('threadwright.convertToThread');
    await modePickOpen;
    const sectionPickOpen = selectionBecomes(editor, 'the first section', (selection) => !selection.isEmpty && selection.start.line === headingLine);
    await pressEnter();
    await sectionPickOpen;
    await pressEnter();
    await running;

    const after = document.getText();
    assert.ok(after.startsWith(`${kept}\n\n---\n\n### Thread: `), JSON.stringify(after.slice(kept.length, kept.length + 40)));
    const title = frontMatterTitle(original);
    const posts = assertThreadLayout(after.slice(kept.length + '\n\n---\n\n'.length, -1), title, title);
    assert.ok(posts.length >= 8 && posts.length <= 12, `${posts.length} posts`);
    assert.ok(posts.at(-1)!.endsWith('Download your Koii node today.'), posts.at(-1));
    assert.deepStrictEqual(editor.selection, new vscode.Selection(0, 0, 0, 0), 'the picks gave the cursor back');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
    // Enter, Enter chose what the command's arguments name as the digest of the whole post.
    await vscode.commands.executeCommand('threadwright.convertToThread', document.uri, { mode: 'digest' });
    assert.strictEqual(document.getText(), after);
  });

  test('the quick pick’s second item, reached with the arrow key, inserts the full thread', async () => {
    const editor = await exampleCopy('picks-full');
    const { document } = editor;
    const original = document.getText();
    const kept = original.trimEnd();
    const modePickOpen = selectionBecomes(editor, 'the end of the post', (selection) => selection.isEmpty && document.offsetAt(selection.active) === kept.length);
    const running = vscode.commands.executeCommand('threadwright.convertToThread');
    await modePickOpen;
    const sectionPickOpen = selectionBecomes(editor, 'a section', (selection) => !selection.isEmpty);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await pressEnter();
    await sectionPickOpen;
    await pressEnter();
    await running;
    const posts = assertThreadLayout(document.getText().slice(kept.length + '\n\n---\n\n'.length, -1), frontMatterTitle(original));
    assert.ok(posts.some((post) => /^\d+\/\d+ Surging Energy Costs:\n- The global increase in electricity prices/.test(post)), 'the full thread keeps every section');
    assert.ok(posts.length > 12, `${posts.length} posts`);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
  });

  test('the document edited while the quick pick is open: accepting the pick writes nothing, and the edit stays as made', async () => {
    const editor = await exampleCopy('picks-edited');
    const { document } = editor;
    const original = document.getText();
    const modePickOpen = selectionBecomes(editor, 'the end of the post', (selection) => selection.isEmpty && document.offsetAt(selection.active) === original.trimEnd().length);
    const running = vscode.commands.executeCommand('threadwright.convertToThread');
    await modePickOpen;
    const at = document.positionAt(original.indexOf('# The Escalation of Bitcoin Mining'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, at, 'A line written while the pick was open.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const edited = document.getText();
    const version = document.version;
    await pressEnter();
    await running;
    assert.strictEqual(document.getText(), edited);
    assert.strictEqual(document.version, version, 'nothing was written after the edit');
    assert.strictEqual(edited.split('### Thread:').length, original.split('### Thread:').length);
  });

  test('the chosen sections only: a digest of two sections makes a hook and their posts, and nothing of the others', async () => {
    const document = await freshPost('sections', '# Alpha part\n\nAlpha says one thing well here.\n\n# Beta part\n\nBeta says another thing here.\n\n# Gamma part\n\nGamma closes the post here.\n');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('threadwright.convertToThread', document.uri, { mode: 'digest', sections: [0, 2] });
    const inserted = document.getText().slice(document.getText().indexOf('### Thread:'));
    assert.ok(inserted.includes('Alpha says one thing well here.') && inserted.includes('Gamma closes the post here.'), inserted);
    assert.ok(!inserted.includes('Beta'), inserted);
    await vscode.commands.executeCommand('undo');
    assert.ok(!document.isDirty);
  });

  test('given a document’s URI, it converts that document and leaves the active editor’s post alone', async () => {
    const example = await openInEditor(examplePostUri());
    const original = example.document.getText();
    const other = await freshPost('by-uri', '# Launch day\n\nWe ship today.\n');
    assert.strictEqual(vscode.window.activeTextEditor?.document, example.document);
    await vscode.commands.executeCommand('threadwright.convertToThread', other.uri, FULL);
    assert.strictEqual(other.getText(), '# Launch day\n\nWe ship today.\n\n---\n\n## Twitter threads:\n\n### Thread: "Launch day"\n\n1/1 Launch day\nWe ship today.\n');
    assert.strictEqual(example.document.getText(), original);
  });

  test('a post with no body text is not converted: the document stays as it was', async () => {
    const document = await freshPost('no-body', '---\ntitle: "Only a title"\n---\n');
    await vscode.window.showTextDocument(document);
    const version = document.version;
    await vscode.commands.executeCommand('threadwright.convertToThread', document.uri, { mode: 'digest' });
    assert.strictEqual(document.getText(), '---\ntitle: "Only a title"\n---\n');
    assert.strictEqual(document.version, version);
  });

  test('a 5 MB post: cancelled mid-way through its conversion, the document is untouched', async () => {
    const section = (index: number) => `## Part ${index}\n\n${'Miners pay $72,225 for a coin, and the margin keeps shrinking every month. '.repeat(60)}\n\n`;
    const content = `---\ntitle: "A very long post about mining costs"\n---\n\n${Array.from({ length: 1120 }, (_, index) => section(index)).join('')}`;
    assert.ok(content.length > 4.8 * 1024 * 1024 && content.length < 5 * 1024 * 1024, `${content.length}`);
    const document = await freshPost('5mb', content);
    const version = document.version;
    const cancel = cancelledAfter(5);
    await vscode.commands.executeCommand('threadwright.convertToThread', document.uri, { mode: 'digest', cancellation: cancel.token });
    assert.ok(cancel.readCount() >= 5, 'the conversion checked the token between its steps');
    assert.strictEqual(document.version, version);
    assert.strictEqual(document.getText(), content);
  });

  test('the open preview shows the new thread as soon as it is inserted', async () => {
    const editor = await openInEditor(examplePostUri());
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const original = editor.document.getText();
    const { preview } = await testApi();
    await vscode.commands.executeCommand('threadwright.openPreview');
    await waitUntil(() => preview.view.sent, (sent) => sent?.documentUri === editor.document.uri.toString() && sent.threads.length === 3, 60_000);
    await vscode.commands.executeCommand('threadwright.convertToThread', editor.document.uri, { mode: 'digest' });
    const inserted = editor.document.getText().slice(original.trimEnd().length);
    const postCount = inserted.split('\n\n').filter((block) => /^\d+\/\d+ /.test(block)).length;
    const sent = await waitUntil(() => preview.view.sent, (model) => model?.threads.length === 4, 60_000);
    assert.strictEqual(sent!.threads[3].posts.length, postCount);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });
});
