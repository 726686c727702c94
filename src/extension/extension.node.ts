/** Desktop and code-server entry point (Node extension host): every shared feature, and the check task. */
import type * as vscode from 'vscode';
import { activate as activateShared, type ThreadwrightExports } from './activate';
import { registerCheckTask } from './checkTask';

export { deactivate } from './activate';

/** Activates the shared features, then the one that needs Node: the task running the bundled CLI. */
export function activate(context: vscode.ExtensionContext): ThreadwrightExports {
  const exports = activateShared(context);
  context.subscriptions.push(registerCheckTask(context.extensionUri));
  return exports;
}
