import * as vscode from 'vscode';

/** The task type of `threadwright: check workspace`, and the problem matcher that reads the CLI's text output. */
const TASK_TYPE = 'threadwright';
const PROBLEM_MATCHER = '$threadwright';

/** A `threadwright` task as written in tasks.json: which paths or globs `threadwright check` is given. */
interface CheckTaskDefinition extends vscode.TaskDefinition {
  paths?: string[];
}

/**
 * `threadwright: check workspace` runs the bundled CLI (`threadwright check`) in each folder on disk, so Run Task
 * fills the Problems panel for every post, through the problem matcher, exactly as CI reports them.
 * Node extension hosts only: a browser cannot start a process.
 */
export function registerCheckTask(extensionUri: vscode.Uri): vscode.Disposable {
  const cli = vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath;
  const taskFor = (folder: vscode.WorkspaceFolder, definition: CheckTaskDefinition) => {
    const paths = definition.paths !== undefined && definition.paths.length > 0 ? definition.paths : ['.'];
    // Desktop VS Code's extension host is Electron, which runs scripts as Node only when asked to.
    const execution = new vscode.ProcessExecution(process.execPath, [cli, 'check', ...paths], {
      cwd: folder.uri.fsPath,
      env: { NO_COLOR: '1', ELECTRON_RUN_AS_NODE: '1' },
    });
    const task = new vscode.Task(definition, folder, 'check workspace', 'threadwright', execution, PROBLEM_MATCHER);
    task.group = vscode.TaskGroup.Test;
    return task;
  };
  return vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () => (vscode.workspace.workspaceFolders ?? [])
      .filter((folder) => folder.uri.scheme === 'file')
      .map((folder) => taskFor(folder, { type: TASK_TYPE })),
    resolveTask(task) {
      const folder = task.scope;
      if (task.definition.type !== TASK_TYPE || typeof folder !== 'object' || folder.uri.scheme !== 'file') return undefined;
      return taskFor(folder, task.definition as CheckTaskDefinition);
    },
  });
}
