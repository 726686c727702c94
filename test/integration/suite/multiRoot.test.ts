import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ThreadwrightExports } from '../../../src/extension/activate';
import { SCHEMA_FOLDER_PROBLEMS, type ExpectedProblem } from '../../fixtures/schema-folders.expected';
import { closeAllEditors, EXTENSION_ID, openInEditor, waitForDiagnostics, withCode } from './helpers';

const SEVERITIES: Record<ExpectedProblem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A diagnostic as the CLI's JSON states a problem: 1-based lines and columns, the end exclusive. */
function asCliProblem(diagnostic: vscode.Diagnostic): ExpectedProblem {
  const { start, end } = diagnostic.range;
  const severity = (Object.keys(SEVERITIES) as ExpectedProblem['severity'][]).find((name) => SEVERITIES[name] === diagnostic.severity)!;
  return {
    line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
    severity, code: (diagnostic.code as { value: string }).value, message: diagnostic.message,
  };
}

function folderNamed(name: string): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === name);
  if (folder === undefined) throw new Error(`The workspace has no folder ${name}: ${JSON.stringify(vscode.workspace.workspaceFolders?.map((f) => f.name))}`);
  return folder;
}

const postIn = (folder: string) => vscode.Uri.joinPath(folderNamed(folder).uri, 'post.md');
const byPosition = (a: ExpectedProblem, b: ExpectedProblem) => a.line - b.line || a.column - b.column;

suite('A multi-root workspace: each folder its own .threadwright.json', () => {
  teardown(closeAllEditors);

  test('a project file\'s schema applies in the editor exactly as in the CLI, each folder its own', async () => {
    assert.deepStrictEqual(vscode.workspace.workspaceFolders?.map((folder) => folder.name), ['examples', 'author-required', 'series-required']);
    for (const [folder, expected] of Object.entries(SCHEMA_FOLDER_PROBLEMS)) {
      await openInEditor(postIn(folder));
      const same = (diagnostics: vscode.Diagnostic[]) => JSON.stringify(diagnostics.map(asCliProblem).sort(byPosition)) === JSON.stringify(expected);
      const diagnostics = await waitForDiagnostics(postIn(folder), same);
      assert.deepStrictEqual(diagnostics.map(asCliProblem).sort(byPosition), expected, folder);
    }
  });

  test('the settings event fires on a real change of a folder\'s options only: not for another setting, the same value again, or a project file that resolves the same', async () => {
    const exports = (await vscode.extensions.getExtension<ThreadwrightExports>(EXTENSION_ID)!.activate());
    const projectFile = vscode.Uri.joinPath(folderNamed('author-required').uri, '.threadwright.json');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(projectFile));
    const threadwright = () => vscode.workspace.getConfiguration('threadwright');
    await openInEditor(postIn('author-required'));
    await waitForDiagnostics(postIn('author-required'), (diagnostics) => diagnostics.length === SCHEMA_FOLDER_PROBLEMS['author-required'].length);
    let fired = 0;
    const counting = exports.onDidChangeSettings(() => fired++);
    try {
      await vscode.workspace.getConfiguration('editor').update('tabSize', 3, vscode.ConfigurationTarget.Global);
      // `["x"]` is the default, so writing it changes nothing Threadwright resolves.
      await threadwright().update('platforms', ['x'], vscode.ConfigurationTarget.Global);
      // Re-read (its unknown key shows as a warning on it) but resolving as before: "x" is already the platform.
      await vscode.workspace.fs.writeFile(projectFile, new TextEncoder().encode('{\n  "schema": "front-matter.schema.json",\n  "platforms": ["x"],\n  "colour": "red"\n}\n'));
      await waitForDiagnostics(projectFile, (diagnostics) => withCode(diagnostics, 'config/unknown-key').length === 1);
      assert.strictEqual(fired, 0, 'nothing Threadwright resolves has changed');
      // Events arrive in order, so by the time this real change is told, the ones before it were handled.
      const told = new Promise<void>((resolve) => {
        const once = exports.onDidChangeSettings(() => {
          once.dispose();
          resolve();
        });
      });
      await threadwright().update('mastodon.limit', 600, vscode.ConfigurationTarget.Global);
      await told;
      assert.strictEqual(fired, 1, 'one real change, one event');
    } finally {
      counting.dispose();
      await vscode.workspace.getConfiguration('editor').update('tabSize', undefined, vscode.ConfigurationTarget.Global);
      await threadwright().update('platforms', undefined, vscode.ConfigurationTarget.Global);
      await threadwright().update('mastodon.limit', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.writeFile(projectFile, new TextEncoder().encode(original));
      await waitForDiagnostics(projectFile, (diagnostics) => diagnostics.length === 0);
    }
  });
});
