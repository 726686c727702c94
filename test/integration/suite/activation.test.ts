import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, examplePostUri, openInEditor, testApi } from './helpers';

suite('activation', () => {
  test('opening a markdown post activates Threadwright', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed in this host');
    await openInEditor(examplePostUri());
    // VS Code has no event for an extension's activation; look every 100 ms, for up to a minute on a loaded machine.
    for (let tries = 0; tries < 600 && !extension.isActive; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.strictEqual(extension.isActive, true);
  });

  test('every command in the manifest is registered and appears under the Threadwright category', async () => {
    await testApi();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (extension.packageJSON.contributes.commands as { command: string; category: string }[]);
    assert.ok(contributed.length > 0);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of contributed) {
      assert.ok(registered.has(command.command), `${command.command} is registered`);
      assert.strictEqual(command.category, 'Threadwright');
    }
  });
});
