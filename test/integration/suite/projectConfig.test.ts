import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, testApi, waitForDiagnostics, withCode } from './helpers';

const tooLong = (diagnostics: vscode.Diagnostic[]) => withCode(diagnostics, 'thread/too-long');

// An ASCII post: post-format.md says each of its characters weighs 1 on X, so its length is its character count.
const LONG_POST = `1/1 ${'word '.repeat(60).trim()}`;
const DRAFTS_POST = `# Drafts\n\n## Thread drafts\n\n### Thread: "Custom heading"\n\n${LONG_POST}\n`;

suite('.threadwright.json in the workspace', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const projectFile = () => vscode.Uri.joinPath(folder(), '.threadwright.json');
  const draftsPost = () => vscode.Uri.joinPath(folder(), 'thread-drafts.md');
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  // Not preview editors: the second post must not replace (and close) the first.
  const openPinned = async (uri: vscode.Uri) => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });

  teardown(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('threadwright').update('threadsHeadings', undefined, vscode.ConfigurationTarget.Global);
    for (const uri of [projectFile(), draftsPost()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('its threadsHeadings make a differently named threads block count; it overrides a user setting, as in the CLI; deleting it restores the defaults', async () => {
    await write(draftsPost(), DRAFTS_POST);
    await openPinned(draftsPost());
    assert.deepStrictEqual((await testApi()).analysisOf(draftsPost())!.threads, [], '"Thread drafts" is not a threads heading by default');
    await openPinned(examplePostUri());
    await waitForDiagnostics(examplePostUri(), (diagnostics) => tooLong(diagnostics).length === 1);

    await write(projectFile(), '{\n  "threadsHeadings": ["Thread drafts"]\n}\n');
    const [draftError] = tooLong(await waitForDiagnostics(draftsPost(), (diagnostics) => tooLong(diagnostics).length === 1));
    assert.strictEqual(draftError.message, `Post 1/1 of "Custom heading" is ${LONG_POST.length}/280: ${LONG_POST.length - 280} over`);
    await waitForDiagnostics(examplePostUri(), (diagnostics) => tooLong(diagnostics).length === 0);

    await vscode.workspace.fs.delete(projectFile());
    await waitForDiagnostics(draftsPost(), (diagnostics) => tooLong(diagnostics).length === 0);
    await waitForDiagnostics(examplePostUri(), (diagnostics) => tooLong(diagnostics).length === 1);

    await vscode.workspace.getConfiguration('threadwright').update('threadsHeadings', ['Thread drafts'], vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(draftsPost(), (diagnostics) => tooLong(diagnostics).length === 1);
    await waitForDiagnostics(examplePostUri(), (diagnostics) => tooLong(diagnostics).length === 0);
    await write(projectFile(), '{\n  "threadsHeadings": ["Twitter threads"]\n}\n');
    await waitForDiagnostics(draftsPost(), (diagnostics) => tooLong(diagnostics).length === 0);
    await waitForDiagnostics(examplePostUri(), (diagnostics) => tooLong(diagnostics).length === 1);
    await vscode.workspace.fs.delete(projectFile());
    await waitForDiagnostics(draftsPost(), (diagnostics) => tooLong(diagnostics).length === 1);
  });

  test('a mistake in it is a diagnostic on the exact value, and its valid keys still apply', async () => {
    await write(draftsPost(), DRAFTS_POST);
    await openPinned(draftsPost());
    const text = '{\n  "threadsHeadings": ["Thread drafts"],\n  "preset": "gatsby"\n}\n';
    await write(projectFile(), text);
    const [problem] = await waitForDiagnostics(projectFile(), (diagnostics) => diagnostics.length === 1);
    assert.strictEqual((problem.code as { value: string }).value, 'config/invalid-value');
    assert.strictEqual(problem.message, '`preset` must be "jekyll" or "hugo"');
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
    const column = text.split('\n')[2].indexOf('"gatsby"');
    assert.ok(problem.range.isEqual(new vscode.Range(2, column, 2, column + '"gatsby"'.length)), `range was ${JSON.stringify(problem.range)}`);
    await waitForDiagnostics(draftsPost(), (diagnostics) => tooLong(diagnostics).length === 1);

    await vscode.workspace.fs.delete(projectFile());
    await waitForDiagnostics(projectFile(), (diagnostics) => diagnostics.length === 0);
  });
});
