import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, testApi, waitForDiagnostics } from './helpers';

const OVER_LONG_POST = `1/1 ${'word '.repeat(80)}`;

suite('documents over the size limit', () => {
  teardown(async () => {
    await vscode.workspace.getConfiguration('threadwright').update('maxDocumentSizeMB', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  test('a post over threadwright.maxDocumentSizeMB is not analysed live; a small one is', async () => {
    await vscode.workspace.getConfiguration('threadwright').update('maxDocumentSizeMB', 0.1, vscode.ConfigurationTarget.Global);
    const small = await vscode.workspace.openTextDocument({ language: 'markdown', content: `## Twitter threads\n\n${OVER_LONG_POST}\n` });
    const large = await vscode.workspace.openTextDocument({ language: 'markdown', content: `${'Body text. '.repeat(12_000)}\n\n## Twitter threads\n\n${OVER_LONG_POST}\n` });
    assert.ok(large.getText().length > 0.1 * 1024 * 1024);
    await vscode.window.showTextDocument(large);
    await vscode.window.showTextDocument(small);
    const [smallError] = await waitForDiagnostics(small.uri, (diagnostics) => diagnostics.length === 1);
    assert.match(smallError.message, /^Post 1\/1 is \d+\/280: \d+ over$/);
    assert.strictEqual(vscode.languages.getDiagnostics(large.uri).length, 0);
    assert.strictEqual((await testApi()).analysisOf(large.uri), undefined);
  });
});
