import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor, testApi, waitForDiagnostics, withCode } from './helpers';

const TOO_LONG = 'thread/too-long';
const tooLong = (diagnostics: vscode.Diagnostic[]) => withCode(diagnostics, TOO_LONG);

suite('thread-over-length diagnostics', () => {
  teardown(closeAllEditors);

  test('post 8/10 of the example post gets one error covering exactly its last 46 characters', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    const found = tooLong(await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length > 0));
    assert.strictEqual(found.length, 1);
    const [diagnostic] = found;
    assert.strictEqual(diagnostic.message, 'Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    const lastLine = editor.document.lineAt(130);
    assert.strictEqual(lastLine.text, '- 90,000 node network for enhanced security and decentralization');
    assert.ok(diagnostic.range.isEqual(new vscode.Range(130, lastLine.text.length - 46, 130, lastLine.text.length)),
      `range was ${JSON.stringify(diagnostic.range)}`);
  });

  test('the test API reports the counts the writer would see', async () => {
    const uri = examplePostUri();
    await openInEditor(uri);
    const analysis = (await testApi()).analysisOf(uri)!;
    assert.deepStrictEqual(analysis.threads.map((thread) => thread.posts.length), [10, 8, 10]);
    assert.strictEqual(analysis.threads[0].posts[7].length, 326);
    assert.strictEqual(analysis.threads[2].posts[9].length, 276);
  });

  test('typing one letter inside post 8/10 updates the error to 327/280 (the model is updated in place)', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length === 1);
    const line = editor.document.lineAt(128);
    assert.ok(await editor.edit((edit) => edit.insert(line.range.end, 'x')));
    const [updated] = tooLong(await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics)[0]?.message.includes('327') === true));
    assert.strictEqual(updated.message, 'Post 8/10 of "Bitcoin Mining Crisis…" is 327/280: 47 over');
    assert.ok(updated.range.isEqual(new vscode.Range(130, editor.document.lineAt(130).text.length - 47, 130, editor.document.lineAt(130).text.length)));
  });

  test('shortening the post while typing clears the error, and closing the file clears its diagnostics', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length === 1);
    const lastBullet = editor.document.lineAt(130);
    const removed = await editor.edit((edit) => edit.delete(new vscode.Range(129, editor.document.lineAt(129).text.length, 130, lastBullet.text.length)));
    assert.ok(removed);
    await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length === 0);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length === 1);
  });
});
