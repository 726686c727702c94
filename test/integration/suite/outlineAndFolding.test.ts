import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor, testApi, whileTyped } from './helpers';

/** Threadwright's outline entry for a document: the only Namespace symbol (VS Code's Markdown gives headings as Strings). */
async function threadsBlockSymbol(uri: vscode.Uri): Promise<vscode.DocumentSymbol | undefined> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
  return (symbols ?? []).find((symbol) => symbol.kind === vscode.SymbolKind.Namespace);
}

suite('Outline, breadcrumbs and folding', () => {
  suiteSetup(testApi);
  teardown(closeAllEditors);

  test('the Outline holds the threads block, its three threads and post 8/10 with its count', async function () {
    // The first symbol request waits for VS Code's Markdown language server to start.
    this.timeout(90_000);
    const uri = examplePostUri();
    await openInEditor(uri);
    const block = await threadsBlockSymbol(uri);
    assert.ok(block !== undefined, 'no threads block symbol');
    assert.strictEqual(block.name, 'Twitter threads:');
    assert.deepStrictEqual(block.children.map((thread) => thread.detail), ['10 posts · 1 over · X', '8 posts · all fit · X', '10 posts · all fit · X']);
    const post = block.children[0].children[7];
    assert.strictEqual(post.name, '8/10');
    assert.strictEqual(post.detail, '326/280 · 46 over');
    assert.deepStrictEqual([post.range.start.line, post.range.end.line, post.selectionRange.end.character], [126, 130, 4]);
  });

  test('typing in post 8/10 updates its symbol to 327/280', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    await whileTyped(editor, editor.document.lineAt(128).range.end, 'x', async () => {
      const post = (await threadsBlockSymbol(uri))!.children[0].children[7];
      assert.strictEqual(post.detail, '327/280 · 47 over');
    });
  });

  test('folding ranges cover the front matter, each thread and each post of several lines', async () => {
    const uri = examplePostUri();
    await openInEditor(uri);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    const has = (start: number, end: number) => ranges.some((range) => range.start === start && range.end === end);
    assert.ok(has(0, 5), 'front matter');
    assert.ok(has(110, 134), 'the first thread, from its heading to its last post');
    assert.ok(has(126, 130), 'post 8/10');
  });
});
