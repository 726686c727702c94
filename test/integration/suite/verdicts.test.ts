import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, testApi, waitForDiagnostics, waitForPreview, waitUntil, withCode } from './helpers';

const FAMILY = '👩‍👩‍👧‍👦';

async function openMarkdown(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document);
}

/**
 * Puts the cursor at a place and waits for the status bar to say `expected`. A new untitled editor may report its
 * initial cursor after the test has moved it; the cursor is put back then, so the wait is on the place asked for.
 */
async function statusAt(editor: vscode.TextEditor, line: number, character: number, expected: string): Promise<void> {
  const api = await testApi();
  const target = new vscode.Position(line, character);
  await waitUntil(() => {
    if (!editor.selection.active.isEqual(target) || !editor.selection.isEmpty) editor.selection = new vscode.Selection(target, target);
    return `${api.statusBarText()} at ${editor.selection.active.line}:${editor.selection.active.character}`;
  }, (seen) => seen === `${expected} at ${line}:${character}`);
}

suite('one verdict on every surface', () => {
  teardown(closeAllEditors);

  test('150 family emoji on Bluesky (154 graphemes, 3,754 bytes): the status bar, Problems and the preview model all say 754 bytes over (the drawn card and inline count: e2e)', async () => {
    const editor = await openMarkdown(`# Family\n\n## Twitter threads\n\n### Bluesky thread: "Family"\n\n1/1 ${FAMILY.repeat(150)}\n`);
    const { uri } = editor.document;
    const api = await testApi();

    await statusAt(editor, 6, 2, '$(comment) 1/1 · 154/300 · 754 bytes over');

    const diagnostics = await waitForDiagnostics(uri, (all) => withCode(all, 'thread/too-long').length === 1);
    const [tooLong] = withCode(diagnostics, 'thread/too-long');
    assert.strictEqual(tooLong.message, 'Post 1/1 of "Family" is 154/300 on Bluesky: 754 bytes over');
    assert.strictEqual(tooLong.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(editor.document.offsetAt(tooLong.range.start), editor.document.getText().indexOf('1/1 ') + 4 + 119 * FAMILY.length, 'from the emoji that passes 3,000 bytes');

    await vscode.commands.executeCommand('threadwright.openPreview');
    await waitForPreview(api.preview, () => api.preview.view.sent?.documentUri === uri.toString(), 'sent the Bluesky post');
    const [thread] = api.preview.view.sent!.threads;
    assert.strictEqual(thread.overLimit, 1, 'the header says 1 does not fit');
    assert.deepStrictEqual([thread.posts[0].length, thread.posts[0].limit, thread.posts[0].fits, thread.posts[0].verdict], [154, 300, false, '754 bytes over']);
  });

  test('the body line "1/2 cup of flour" shows no post count; the thread’s own post does', async () => {
    const editor = await openMarkdown('# Bread\n\n1/2 cup of flour\n\n## Twitter threads\n\n### Thread: "Bread"\n\n1/1 Bake it.\n');
    const api = await testApi();
    assert.strictEqual(api.analysisOf(editor.document.uri)?.threads.length, 1, 'the document is analysed: its threads block is known');
    await statusAt(editor, 8, 3, '$(comment) 1/1 · 12/280');
    await statusAt(editor, 2, 3, '$(comment) ¶ · 16/280');
  });
});
