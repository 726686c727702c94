import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ThreadPreviewObserver } from '../../../src/extension/preview/threadPreview';
import { closeAllEditors, examplePostUri, openInEditor, testApi, waitForPreview } from './helpers';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('threadwright.preview'));
}

async function openExampleWithPreview(): Promise<{ editor: vscode.TextEditor; preview: ThreadPreviewObserver }> {
  const uri = examplePostUri();
  const editor = await openInEditor(uri);
  const { preview } = await testApi();
  await vscode.commands.executeCommand('threadwright.openPreview');
  await waitForPreview(preview, () => preview.view.sent?.documentUri === uri.toString(), 'sent the example post');
  return { editor, preview };
}

suite('thread preview', () => {
  teardown(closeAllEditors);

  test('Open Thread Preview opens one panel beside the editor, titled after the post', async () => {
    const { editor, preview } = await openExampleWithPreview();
    assert.strictEqual(preview.isOpen, true);
    const tabs = previewTabs();
    assert.strictEqual(tabs.length, 1);
    assert.strictEqual(tabs[0].label, 'Thread Preview: financial-pressures.md');
    assert.notStrictEqual(tabs[0].group.viewColumn, editor.viewColumn, 'the preview opens beside the editor, not over it');
    await vscode.commands.executeCommand('threadwright.openPreview');
    assert.strictEqual(previewTabs().length, 1, 'running the command again reuses the panel');
  });

  test('the model sent for the example post: 3 threads of 10, 8 and 10 posts, 8/10 at 326/280 with its text and version', async () => {
    const { editor, preview } = await openExampleWithPreview();
    const sent = preview.view.sent!;
    assert.strictEqual(sent.postTitle, 'Financial Pressures Drive Bitcoin Miners to AI: Exploring the Shift to Sustainable Alternatives');
    assert.deepStrictEqual(sent.threads.map((thread) => thread.posts.length), [10, 8, 10]);
    assert.deepStrictEqual(sent.threads.map((thread) => thread.overLimit), [1, 0, 0]);
    const card = sent.threads[0].posts[7];
    assert.deepStrictEqual([card.label, card.length, card.limit], ['8/10', 326, 280]);
    assert.deepStrictEqual(card.problems.map((problem) => problem.message), ['Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over']);
    assert.strictEqual(sent.threads[2].posts[9].length, 276);
    assert.strictEqual(sent.image, undefined, 'the example\'s image file is not in the workspace');
    const postText = editor.document.getText(new vscode.Range(126, 0, 130, editor.document.lineAt(130).text.length));
    assert.strictEqual(card.text, postText, 'the card carries the post text with its line breaks');
    assert.deepStrictEqual([sent.documentUri, sent.documentVersion], [editor.document.uri.toString(), editor.document.version], 'actions send back what the model was drawn from');
  });

  test('the platform list offers every platform, the enabled ones first, and says where to set the author', async () => {
    const { preview } = await openExampleWithPreview();
    const sent = preview.view.sent!;
    assert.deepStrictEqual(sent.platforms.map(({ id, enabled }) => `${id}:${enabled}`), ['x:true', 'bluesky:false', 'mastodon:false', 'threads:false']);
    assert.strictEqual(sent.platform, 'x');
    assert.deepStrictEqual(sent.author, { name: 'Your Name', handle: 'yourhandle', initials: 'YN', placeholder: true });
    const config = vscode.workspace.getConfiguration('threadwright');
    await config.update('preview.displayName', 'Ada Writer', vscode.ConfigurationTarget.Global);
    try {
      await waitForPreview(preview, () => preview.view.sent?.author.placeholder === false, 'dropped the placeholder hint');
      assert.strictEqual(preview.view.sent!.author.name, 'Ada Writer');
    } finally {
      await config.update('preview.displayName', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('an edit in the document reaches the panel, and undo brings the old count back', async () => {
    const { editor, preview } = await openExampleWithPreview();
    const card = () => preview.view.sent?.threads[0].posts[7];
    const lastBullet = editor.document.lineAt(130);
    assert.ok(await editor.edit((edit) => edit.delete(new vscode.Range(129, editor.document.lineAt(129).text.length, 130, lastBullet.text.length))));
    await waitForPreview(preview, () => preview.view.sent!.documentVersion === editor.document.version, 'sent the shortened post');
    assert.deepStrictEqual(preview.view.sent!.threads.map((thread) => thread.overLimit), [0, 0, 0]);
    assert.ok(card()!.length < 280, `${card()!.length}`);
    assert.ok(!card()!.text.includes('90,000 node network'));
    await vscode.commands.executeCommand('undo');
    await waitForPreview(preview, () => preview.view.sent!.documentVersion === editor.document.version && card()!.length === 326, 'sent the restored post');
    assert.strictEqual(card()!.limit, 280);
  });

  test('the cursor in a post highlights its card', async () => {
    const { editor, preview } = await openExampleWithPreview();
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('3/8 '));
    editor.selection = new vscode.Selection(line, 10, line, 10);
    await waitForPreview(preview, () => preview.view.activePostId === '1:2', 'highlighted post 3/8');
  });

  test('the panel follows the active markdown editor, and a hostile post renders as plain text', async () => {
    const { preview } = await openExampleWithPreview();
    const hostile = '1/2 <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))';
    const second = '2/2 <a href="javascript:alert(2)">click</a> <style>body{display:none}</style>';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `## Threads\n\n### Thread: "<b>bold</b>"\n\n${hostile}\n\n${second}\n` });
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await waitForPreview(preview, () => preview.view.sent?.documentUri === document.uri.toString(), 'followed the new editor');
    assert.strictEqual(preview.documentUri?.toString(), document.uri.toString());
    assert.deepStrictEqual(preview.view.sent!.threads[0].posts.map((card) => card.text), [hostile, second]);
    assert.strictEqual(preview.view.sent!.threads[0].title, '<b>bold</b>');
  });

  test('the front matter image appears on the first card once the file exists in the workspace', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const image = vscode.Uri.joinPath(folder, 'assets', 'images', 'Financial_Pressures.png');
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    await vscode.workspace.fs.writeFile(image, png);
    try {
      const { preview } = await openExampleWithPreview();
      await vscode.commands.executeCommand('threadwright.openPreview');
      await waitForPreview(preview, () => preview.view.sent?.image !== undefined, 'sent the image');
      assert.strictEqual(preview.view.sent!.image!.alt, 'Post image assets/images/Financial_Pressures.png');
      assert.ok(preview.view.sent!.image!.src.includes('Financial_Pressures.png'));
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'assets'), { recursive: true });
    }
  });

  test('a post without a threads block gets the empty state, and closing the panel is noticed', async () => {
    const { preview } = await openExampleWithPreview();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Just a post\n\nNo threads here.\n' });
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await waitForPreview(preview, () => preview.view.sent?.documentUri === document.uri.toString(), 'sent the empty post');
    assert.strictEqual(preview.view.sent!.notice, 'no-threads');
    assert.strictEqual(preview.view.sent!.threads.length, 0);
    await closeAllEditors();
    await waitForPreview(preview, () => !preview.isOpen, 'closed');
  });
});
