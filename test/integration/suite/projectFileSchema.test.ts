import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors } from './helpers';

/** Waits for VS Code's own JSON validation of a document (every diagnostic not Threadwright's), driven by change events. */
function waitForJsonDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const json = () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source?.startsWith('threadwright') !== true);
  return new Promise((resolve, reject) => {
    if (accept(json())) return resolve(json());
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`JSON diagnostics never matched; last seen: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((diagnostic) => [diagnostic.source, diagnostic.message]))}`));
    }, 50_000);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (!accept(json())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(json());
    });
  });
}

suite('.threadwright.json: the shipped JSON Schema', () => {
  // In a sub-folder, so the workspace's own rules (read from its root) never change under other tests.
  const file = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'schema-check', '.threadwright.json');
  teardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(file()).then(undefined, () => undefined);
  });

  test('is opened as JSON with comments, and a wrong value gets VS Code’s squiggle on the value, comments and trailing commas none', async function () {
    // VS Code's JSON language server starts on the first JSON document.
    this.timeout(60_000);
    const text = '{\n  // where the posts go\n  "platforms": ["x", "bluesky",],\n  "preset": "gatsby",\n}\n';
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(file());
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'jsonc');
    const diagnostics = await waitForJsonDiagnostics(file(), (found) => found.length > 0);
    assert.strictEqual(diagnostics.length, 1, JSON.stringify(diagnostics.map((diagnostic) => diagnostic.message)));
    const [squiggle] = diagnostics;
    assert.strictEqual(document.getText(squiggle.range), '"gatsby"');
    assert.match(squiggle.message, /jekyll.*hugo/);
  });
});
