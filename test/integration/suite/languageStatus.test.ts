import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor, testApi, waitUntil } from './helpers';

suite('Language status for Markdown posts', () => {
  teardown(async () => {
    const config = vscode.workspace.getConfiguration('threadwright');
    await config.update('frontMatter.preset', undefined, vscode.ConfigurationTarget.Global);
    await config.update('platforms', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  test('names the generator preset and the platforms, and follows the settings', async () => {
    const api = await testApi();
    await openInEditor(examplePostUri());
    await waitUntil(() => api.languageStatus.rulesText, (text) => text === '$(checklist) Jekyll rules · X');
    assert.strictEqual(api.languageStatus.projectFileText, 'No .threadwright.json');
    const config = vscode.workspace.getConfiguration('threadwright');
    await config.update('frontMatter.preset', 'hugo', vscode.ConfigurationTarget.Global);
    await config.update('platforms', ['bluesky', 'x'], vscode.ConfigurationTarget.Global);
    await waitUntil(() => api.languageStatus.rulesText, (text) => text === '$(checklist) Hugo rules · Bluesky, X');
  });

  test('a TOML front matter post is checked with the Hugo rules whatever the preset', async () => {
    const api = await testApi();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '+++\ntitle = "Hugo post"\n+++\n\nBody.\n' });
    await vscode.window.showTextDocument(document);
    await waitUntil(() => api.languageStatus.rulesText, (text) => text === '$(checklist) Hugo rules · X');
  });
});
