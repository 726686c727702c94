import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor } from './helpers';

/** True in the web worker extension host, where no process can be started. */
const inBrowser = typeof (globalThis as { process?: unknown }).process === 'undefined';

suite('The `threadwright: check workspace` task', () => {
  teardown(closeAllEditors);

  test(inBrowser ? 'is not offered where no process can run' : 'reports the example post’s problems in the Problems panel', async () => {
    await openInEditor(examplePostUri());
    const tasks = await vscode.tasks.fetchTasks({ type: 'threadwright' });
    if (inBrowser) {
      assert.deepStrictEqual(tasks, []);
      return;
    }
    assert.deepStrictEqual(tasks.map((task) => `${task.source}: ${task.name}`), ['threadwright: check workspace']);
    const uri = examplePostUri();
    const fromTask = () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'threadwright check');
    const reported = new Promise<vscode.Diagnostic[]>((resolve) => {
      const listener = vscode.languages.onDidChangeDiagnostics(() => {
        if (!fromTask().some((diagnostic) => diagnostic.message.includes('Post 8/10'))) return;
        listener.dispose();
        resolve(fromTask());
      });
    });
    const ended = new Promise<number | undefined>((resolve) => {
      const listener = vscode.tasks.onDidEndTaskProcess((event) => {
        if (event.execution.task.definition.type !== 'threadwright') return;
        listener.dispose();
        resolve(event.exitCode);
      });
    });
    await vscode.tasks.executeTask(tasks[0]);
    const [diagnostics, exitCode] = await Promise.all([reported, ended]);
    assert.strictEqual(exitCode, 1, 'threadwright check exits 1 when a post has an error');
    const tooLong = diagnostics.find((diagnostic) => diagnostic.message === 'Post 8/10 is 326/280: 46 over');
    assert.ok(tooLong !== undefined, JSON.stringify(diagnostics.map((diagnostic) => diagnostic.message)));
    assert.strictEqual(tooLong.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(tooLong.code, 'thread/too-long');
    assert.deepStrictEqual([tooLong.range.start.line, tooLong.range.start.character], [130, 18]);
  });
});
