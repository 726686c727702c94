import * as assert from 'assert';
import twitterText from 'twitter-text';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor } from './helpers';

const { parseTweet } = twitterText;

/** The post's front matter title, read off the file as the spec defines it. */
function frontMatterTitle(text: string): string {
  return /^title: "(.*)"$/m.exec(text)![1];
}

/** Checks a `### Thread:` block laid out like the example's threads, and returns its posts. */
function assertThreadLayout(block: string, title: string): string[] {
  const heading = `### Thread: "${title}"\n\n`;
  assert.ok(block.startsWith(heading), `the block starts with ${JSON.stringify(heading)}: ${JSON.stringify(block.slice(0, 120))}`);
  const posts = block.slice(heading.length).split('\n\n');
  posts.forEach((post, index) => {
    assert.ok(post.startsWith(`${index + 1}/${posts.length} `), `post ${index + 1} is labelled ${index + 1}/${posts.length}: ${post.slice(0, 30)}`);
    assert.ok(!post.includes('\n\n') && post.trim() === post);
    assert.ok(parseTweet(post).weightedLength <= 280, `post ${index + 1} fits X: ${parseTweet(post).weightedLength}`);
  });
  assert.ok(posts[0].startsWith(`1/${posts.length} ${title}\n`), 'post 1 opens with the title');
  return posts;
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

suite('Convert Sections to Thread', () => {
  teardown(closeAllEditors);

  test('on the example post it appends a fourth thread after ---, in the example’s layout, and one undo restores the post exactly', async () => {
    const editor = await openInEditor(examplePostUri());
    const original = editor.document.getText();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('threadwright.convertToThread');
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
    await vscode.commands.executeCommand('threadwright.convertToThread');
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
      await vscode.commands.executeCommand('threadwright.convertToThread');
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
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Launch day\n\nWe ship *today*. Read [the notes](https://example.com/notes).\n' });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('threadwright.convertToThread');
    assert.strictEqual(document.getText(),
      '# Launch day\n\nWe ship *today*. Read [the notes](https://example.com/notes).\n\n---\n\n## Twitter threads:\n\n'
      + '### Thread: "Launch day"\n\n1/1 Launch day\nWe ship today. Read the notes https://example.com/notes.\n');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), '# Launch day\n\nWe ship *today*. Read [the notes](https://example.com/notes).\n');
  });
});
