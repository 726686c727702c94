import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor, waitForDiagnostics, withCode } from './helpers';

/** A read-only view of a post under a scheme Threadwright does not support, as a `git:` diff side is. */
const VIEW_SCHEME = 'threadwright-test-view';

suite('Documents of unsupported schemes', () => {
  let provider: vscode.Disposable | undefined;
  teardown(async () => {
    provider?.dispose();
    await closeAllEditors();
  });

  test('a post shown under another scheme gets no diagnostics, symbols, folding or lenses', async () => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(examplePostUri()));
    provider = vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, { provideTextDocumentContent: () => text });
    const view = vscode.Uri.from({ scheme: VIEW_SCHEME, path: '/financial-pressures.md' });
    const viewDocument = await vscode.workspace.openTextDocument(view);
    await vscode.window.showTextDocument(viewDocument);
    assert.strictEqual(viewDocument.languageId, 'markdown');
    assert.strictEqual(viewDocument.getText(), text);

    // The same text on disk is checked; by then the view, opened first through the same events, has been passed over.
    await openInEditor(examplePostUri());
    await waitForDiagnostics(examplePostUri(), (diagnostics) => withCode(diagnostics, 'thread/too-long').length === 1);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(view).filter((diagnostic) => diagnostic.source === 'threadwright'), []);

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', view);
    assert.ok(!(symbols ?? []).some((symbol) => symbol.kind === vscode.SymbolKind.Namespace), 'threads block symbol on a view');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', view);
    assert.ok(!(lenses ?? []).some((lens) => lens.command?.command.startsWith('threadwright.')), 'Threadwright lens on a view');
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', view);
    assert.ok(!(folds ?? []).some((range) => range.start === 126 && range.end === 130), 'post folding on a view');
  });
});
