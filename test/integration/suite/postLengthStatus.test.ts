import * as assert from 'assert';
import twitterText from 'twitter-text';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor, testApi, waitUntil } from './helpers';

const { parseTweet } = twitterText;

/** Puts the cursor (or a selection) where a writer would click. */
function moveTo(editor: vscode.TextEditor, line: number, character: number, toLine = line, toCharacter = character): void {
  editor.selection = new vscode.Selection(line, character, toLine, toCharacter);
}

suite('the post-length status bar', () => {
  teardown(closeAllEditors);

  test('with the cursor in post 8/10 of the example post the status bar says 8/10 · 326/280 and 46 over', async () => {
    const editor = await openInEditor(examplePostUri());
    const api = await testApi();
    assert.strictEqual(editor.document.lineAt(126).text.slice(0, 5), '8/10 ');
    moveTo(editor, 128, 10);
    await waitUntil(() => api.statusBarText(), (text) => text === '$(comment) 8/10 · 326/280 · 46 over');
    const tooltip = api.statusBarTooltip()!;
    assert.ok(tooltip.includes('| X | 326/280 | 46 over |'), tooltip);
    assert.ok(tooltip.includes('](command:threadwright.openPreview)'), tooltip);
    moveTo(editor, 112, 0);
    const firstPost = editor.document.lineAt(112).text;
    await waitUntil(() => api.statusBarText(), (text) => text === `$(comment) 1/10 · ${parseTweet(firstPost).weightedLength}/280`);
  });

  test('typing in a post updates its count on the next keystroke', async () => {
    const editor = await openInEditor(examplePostUri());
    const api = await testApi();
    const line = editor.document.lineAt(116);
    assert.ok(line.text.startsWith('3/10 '));
    assert.ok(await editor.edit((edit) => edit.insert(line.range.end, ' Truly.')));
    moveTo(editor, 116, line.text.length + 7);
    await waitUntil(() => api.statusBarText(), (text) => text === `$(comment) 3/10 · ${parseTweet(`${line.text} Truly.`).weightedLength}/280`);
  });

  test('a selection shows its own count, and a body paragraph its count', async () => {
    const editor = await openInEditor(examplePostUri());
    const api = await testApi();
    moveTo(editor, 9, 0, 9, 35);
    const selected = editor.document.getText(editor.selection);
    await waitUntil(() => api.statusBarText(), (text) => text === `$(comment) Selection · ${parseTweet(selected).weightedLength}/280`);
    moveTo(editor, 29, 5);
    const paragraph = editor.document.lineAt(29).text;
    await waitUntil(() => api.statusBarText(), (text) => text === `$(comment) ¶ · ${parseTweet(paragraph).weightedLength}/280`);
  });

  test('in the front matter there is nothing to count: the item hides, and comes back in the body', async () => {
    const editor = await openInEditor(examplePostUri());
    const api = await testApi();
    moveTo(editor, 29, 5);
    await waitUntil(() => api.statusBarText(), (text) => text?.startsWith('$(comment) ¶') === true);
    moveTo(editor, 2, 3);
    await waitUntil(() => api.statusBarText(), (text) => text === undefined);
    moveTo(editor, 126, 0);
    await waitUntil(() => api.statusBarText(), (text) => text === '$(comment) 8/10 · 326/280 · 46 over');
  });
});
