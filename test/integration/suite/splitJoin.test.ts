import * as assert from 'assert';
import * as vscode from 'vscode';
import { CHANGED_UNDERNEATH, replaceIfUnchanged } from '../../../src/extension/safeEdits';
import { closeAllEditors, examplePostUri, openInEditor, waitForDiagnostics, withCode } from './helpers';

const tooLong = (diagnostics: vscode.Diagnostic[]) => withCode(diagnostics, 'thread/too-long');

function placeCursor(editor: vscode.TextEditor, offset: number): void {
  const position = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
}

/** The first thread's `N/10` labels as the spec numbers them after a split or join: `1/total … total/total`. */
function firstThreadLabels(text: string): string[] {
  const thread = text.slice(text.indexOf('### Thread: "Bitcoin Mining Crisis'), text.indexOf('### Thread: "Financial Pressures Drive Miners'));
  return [...thread.matchAll(/^(\d+\/\d+) /gm)].map((match) => match[1]);
}

const labels = (total: number) => Array.from({ length: total }, (_, index) => `${index + 1}/${total}`);

suite('Split Post at Cursor and Join Post with Next', () => {
  teardown(closeAllEditors);

  test('splitting the over-long post 8/10 before "Key features:" renumbers its thread /11, clears the error, and one undo restores it', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    const original = editor.document.getText();
    await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length === 1);
    placeCursor(editor, original.indexOf('Key features:'));
    await vscode.commands.executeCommand('threadwright.splitPost');

    const split = editor.document.getText();
    assert.deepStrictEqual(firstThreadLabels(split), labels(11));
    assert.ok(split.includes('8/11 Koii Network exemplifies the DePIN approach with its work-for-services model.\n\n9/11 Key features:\n- Participants'));
    assert.ok(split.includes('\n1/8 Bitcoin mining is facing'), 'the second thread keeps its numbers');
    assert.strictEqual(editor.document.offsetAt(editor.selection.active), split.indexOf('9/11 Key features:') + '9/11 '.length);
    await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length === 0);

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  test('joining the two halves again gives the example post back exactly, and one undo brings the split back', async () => {
    const editor = await openInEditor(examplePostUri());
    const original = editor.document.getText();
    placeCursor(editor, original.indexOf('Key features:'));
    await vscode.commands.executeCommand('threadwright.splitPost');
    const split = editor.document.getText();

    placeCursor(editor, split.indexOf('8/11 Koii Network') + 10);
    await vscode.commands.executeCommand('threadwright.joinPost');
    assert.strictEqual(editor.document.getText(), original);
    assert.strictEqual(editor.document.offsetAt(editor.selection.active), original.indexOf('Key features:'));

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), split);
  });

  test('a cursor outside any thread, or on the last post for a join, leaves the document untouched', async () => {
    const editor = await openInEditor(examplePostUri());
    const original = editor.document.getText();
    const version = editor.document.version;
    placeCursor(editor, original.indexOf('Surging Energy Costs'));
    await vscode.commands.executeCommand('threadwright.splitPost');
    placeCursor(editor, original.indexOf('10/10 As Bitcoin mining') + 20);
    await vscode.commands.executeCommand('threadwright.joinPost');
    assert.strictEqual(editor.document.version, version);
    assert.strictEqual(editor.document.getText(), original);
  });

  test('an edit prepared for an older version of the document is refused and writes nothing', async () => {
    const editor = await openInEditor(examplePostUri());
    const stale = editor.document.version;
    assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'x')));
    const changed = editor.document.getText();
    assert.strictEqual(await replaceIfUnchanged(editor, stale, { range: { start: 0, end: 1 }, text: 'replaced' }), false);
    assert.strictEqual(editor.document.getText(), changed);
    assert.ok(CHANGED_UNDERNEATH.includes('nothing was written'));
  });
});

suite('quick fixes of an over-long post', () => {
  teardown(closeAllEditors);

  /** The quick fixes VS Code offers at a position, as the light bulb would list them. */
  async function quickFixesAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CodeAction[]> {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri,
      new vscode.Range(position, position), vscode.CodeActionKind.QuickFix.value);
    return actions.filter((action) => action.title.startsWith('Split post'));
  }

  test('"Split post at the limit" splits 8/10 at its last line that fits, as one undoable edit, and the error goes away', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    const original = editor.document.getText();
    const [error] = tooLong(await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length === 1));
    const fixes = await quickFixesAt(uri, error.range.start);
    assert.deepStrictEqual(fixes.map((fix) => fix.title), ['Split post at the limit', 'Split post here']);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));

    const split = editor.document.getText();
    assert.deepStrictEqual(firstThreadLabels(split), labels(11));
    assert.ok(split.includes('- Controlled token supply to reduce inflation\n\n9/11 - 90,000 node network'), 'cut at the line end before the limit');
    await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length === 0);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  test('"Split post here" splits at the cursor inside the squiggle, as one undoable edit; no split is offered outside over-long posts', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    const original = editor.document.getText();
    await waitForDiagnostics(uri, (diagnostics) => tooLong(diagnostics).length === 1);
    const fixes = await quickFixesAt(uri, editor.document.positionAt(original.indexOf('security and decentralization')));
    const splitHere = fixes.find((fix) => fix.title === 'Split post here');
    assert.ok(splitHere?.edit, `offered: ${fixes.map((fix) => fix.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(splitHere.edit));
    assert.ok(editor.document.getText().includes('network for enhanced\n\n9/11 security and decentralization\n'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
    assert.deepStrictEqual(await quickFixesAt(uri, editor.document.positionAt(original.indexOf('9/10 Koii'))), []);
  });
});
