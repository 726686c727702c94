import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, examplePostUri, openInEditor, testApi, waitForDiagnostics, waitUntil, withCode } from './helpers';

interface WalkthroughStep { id: string; completionEvents: string[] }

suite('The Get Started walkthrough', () => {
  const projectFile = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.threadwright.json');
  teardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(projectFile()).then(undefined, () => undefined);
  });

  test('each of its six steps completes on an event that happens: a command that exists, a setting, a context the extension sets', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { walkthroughs: { steps: WalkthroughStep[] }[]; configuration: { properties: Record<string, unknown> } };
    };
    const steps = manifest.contributes.walkthroughs[0].steps;
    assert.deepStrictEqual(steps.map((step) => step.id), ['openExample', 'counter', 'preview', 'convert', 'platforms', 'projectFile']);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const event of steps.flatMap((step) => step.completionEvents)) {
      const [kind, name] = event.split(':');
      if (kind === 'onCommand') assert.ok(commands.has(name), `${event}: no such command`);
      else if (kind === 'onSettingChanged') assert.ok(name in manifest.contributes.configuration.properties, `${event}: no such setting`);
      else assert.strictEqual(event, 'onContext:threadwright.hasProjectFile');
    }
  });

  test('"Open the example post" opens an untitled copy that Threadwright checks: post 8/10 is 46 over', async () => {
    await testApi();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('threadwright.walkthrough.openExample');
    assert.strictEqual(editor.document.uri.scheme, 'untitled');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const [tooLong] = withCode(await waitForDiagnostics(editor.document.uri, (found) => withCode(found, 'thread/too-long').length === 1), 'thread/too-long');
    assert.strictEqual(tooLong.message, 'Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over');
  });

  test('"Add a .threadwright.json" writes the rules in force, and the extension then reads it', async function () {
    // The new file reaches the extension through the file watcher.
    this.timeout(90_000);
    const api = await testApi();
    await vscode.workspace.getConfiguration('threadwright').update('platforms', ['bluesky'], vscode.ConfigurationTarget.Global);
    try {
      await openInEditor(examplePostUri());
      await waitUntil(() => api.languageStatus.projectFileText, (text) => text === 'No .threadwright.json');
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('threadwright.createProjectFile');
      assert.strictEqual(editor.document.uri.toString(), projectFile().toString());
      assert.deepStrictEqual(JSON.parse(editor.document.getText()), { platforms: ['bluesky'] });
      await openInEditor(examplePostUri());
      await waitUntil(() => api.languageStatus.projectFileText, (text) => text === '.threadwright.json', 60_000);
    } finally {
      await vscode.workspace.getConfiguration('threadwright').update('platforms', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
