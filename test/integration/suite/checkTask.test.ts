import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor } from './helpers';

/** True in the web worker extension host, where no process can be started. */
const inBrowser = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined';

suite('The `threadwright: check workspace` task', () => {
  teardown(closeAllEditors);

  test(inBrowser ? 'is not offered where no process can run' : 'reports the example post’s problems in the Problems panel', async function () {
    // Starting a process and the CLI on every post of the folder.
    this.timeout(120_000);
    await openInEditor(examplePostUri());
    // One task per workspace folder on disk; this test runs the example folder's.
    const exampleFolder = vscode.workspace.getWorkspaceFolder(examplePostUri())!;
    const tasks = (await vscode.tasks.fetchTasks({ type: 'threadwright' }))
      .filter((task) => (task.scope as vscode.WorkspaceFolder | undefined)?.uri.toString() === exampleFolder.uri.toString());
    if (inBrowser) {
      assert.deepStrictEqual(tasks, []);
      return;
    }
    assert.deepStrictEqual(tasks.map((task) => `${task.source}: ${task.name}`), ['threadwright: check workspace']);
    const uri = examplePostUri();
    const fromTask = () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'threadwright check');
    const matched = () => fromTask().some((diagnostic) => diagnostic.message.includes('Post 8/10'));
    // Whether the task's process has ended, and how, for the message of a run whose problems never arrive.
    let processEnd = 'the task process has not ended';
    const reported = new Promise<vscode.Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        listener.dispose();
        const onThePost = JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => [d.source, d.message]));
        reject(new Error(`The task's problems never arrived (${processEnd}); on the post: ${onThePost}`));
      }, 100_000);
      const listener = vscode.languages.onDidChangeDiagnostics(() => {
        if (!matched()) return;
        clearTimeout(timer);
        listener.dispose();
        resolve(fromTask());
      });
    });
    const ended = new Promise<number | undefined>((resolve) => {
      const listener = vscode.tasks.onDidEndTaskProcess((event) => {
        if (event.execution.task.definition.type !== 'threadwright') return;
        listener.dispose();
        processEnd = `the task process ended with exit code ${event.exitCode}`;
        resolve(event.exitCode);
      });
    });
    // The CLI reads the files on disk; keep whatever another test left unsaved out of them.
    await vscode.workspace.getConfiguration('task').update('saveBeforeRun', 'never', vscode.ConfigurationTarget.Global);
    let diagnostics: vscode.Diagnostic[];
    let exitCode: number | undefined;
    try {
      await vscode.tasks.executeTask(tasks[0]);
      [diagnostics, exitCode] = await Promise.all([reported, ended]);
    } finally {
      await vscode.workspace.getConfiguration('task').update('saveBeforeRun', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.strictEqual(exitCode, 1, 'threadwright check exits 1 when a post has an error');
    const tooLong = diagnostics.find((diagnostic) => diagnostic.message === 'Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over');
    assert.ok(tooLong !== undefined, JSON.stringify(diagnostics.map((diagnostic) => diagnostic.message)));
    assert.strictEqual(tooLong.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(tooLong.code, 'thread/too-long');
    assert.deepStrictEqual([tooLong.range.start.line, tooLong.range.start.character], [130, 18]);
  });
});
