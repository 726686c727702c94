import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PublishResult } from '../../../src/extension/publishCommand';
import { closeAllEditors, examplePostUri, openInEditor, testApi, waitUntil } from './helpers';

const OURS = new Set(['threadwright.showPostLengths', 'threadwright.openPreview', 'threadwright.copyThread', 'threadwright.publishThread']);

async function threadLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return (lenses ?? []).filter((lens) => lens.command !== undefined && OURS.has(lens.command.command));
}

suite('CodeLens above each thread heading', () => {
  teardown(async () => {
    await vscode.workspace.getConfiguration('threadwright').update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closeAllEditors();
  });

  test('the first thread reads `10 posts · 1 over · Preview · Copy thread · Publish…`, on its heading line', async () => {
    const uri = examplePostUri();
    await openInEditor(uri);
    const lenses = await threadLenses(uri);
    assert.strictEqual(lenses.length, 12, 'four lenses on each of three threads');
    const first = lenses.filter((lens) => lens.range.start.line === 110);
    assert.deepStrictEqual(first.map((lens) => lens.command!.title), ['10 posts · 1 over', 'Preview', 'Copy thread', 'Publish…']);
    assert.deepStrictEqual(lenses.filter((lens) => lens.range.start.line === 138).map((lens) => lens.command!.title)[0], '8 posts · all fit');
  });

  test('the Preview lens opens the thread preview of the post', async () => {
    const uri = examplePostUri();
    await openInEditor(uri);
    const api = await testApi();
    assert.strictEqual(api.preview.isOpen, false);
    const preview = (await threadLenses(uri)).find((lens) => lens.command!.title === 'Preview')!.command!;
    await vscode.commands.executeCommand(preview.command, ...(preview.arguments ?? []));
    await waitUntil(() => api.preview.documentUri?.toString(), (shown) => shown === uri.toString());
  });

  test('the Copy thread lens copies every post of its thread, separated by blank lines', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    const copy = (await threadLenses(uri)).filter((lens) => lens.command!.title === 'Copy thread')[1].command!;
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand(copy.command, ...(copy.arguments ?? []));
    const copied = await vscode.env.clipboard.readText();
    const posts = copied.split('\n\n');
    assert.strictEqual(posts.length, 8);
    assert.ok(posts[0].startsWith('1/8 '));
    assert.strictEqual(posts[7], editor.document.lineAt(editor.document.positionAt(editor.document.getText().indexOf('8/8 ')).line).text);
  });

  test('threadwright.codeLens.enabled turns them off', async () => {
    const uri = examplePostUri();
    await openInEditor(uri);
    await vscode.workspace.getConfiguration('threadwright').update('codeLens.enabled', false, vscode.ConfigurationTarget.Global);
    assert.deepStrictEqual(await threadLenses(uri), []);
  });

  test('the Publish… lens names its thread, and runs Publish Thread for that thread: thread 1 is refused for its post over the limit', async () => {
    const uri = examplePostUri();
    await openInEditor(uri);
    const publish = (await threadLenses(uri)).filter((lens) => lens.command!.title === 'Publish…');
    assert.deepStrictEqual(publish.map((lens) => [lens.range.start.line, lens.command!.command]), [[110, 'threadwright.publishThread'], [138, 'threadwright.publishThread'], [168, 'threadwright.publishThread']]);
    assert.deepStrictEqual(publish.map((lens) => lens.command!.arguments), [1, 2, 3].map((thread) => [{ uri: uri.toString(), thread }]));
    const [first] = publish;
    assert.match(first.command!.tooltip!, /"Bitcoin Mining Crisis and the DePIN Alternative/);

    // The command asks which platform; the writer takes the first one offered (Bluesky: the heading names none).
    const run = vscode.commands.executeCommand<PublishResult>(first.command!.command, ...first.command!.arguments!);
    let settled: PublishResult | undefined;
    void run.then((result) => (settled = result));
    // Accept the quick pick once it shows: each accept is a round trip to the workbench, until the command has answered.
    for (let attempt = 0; settled === undefined && attempt < 500; attempt++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.strictEqual(settled?.outcome, 'refused', JSON.stringify(settled));
    assert.deepStrictEqual(settled.messages, ['Post 8/10 of "Bitcoin Mining Crisis…" is 326/300: 26 over']);
  });
});
