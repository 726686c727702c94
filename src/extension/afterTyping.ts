import * as vscode from 'vscode';

/** How long typing must pause before the diagnostics and inline counts catch up (markdownlint waits 500 ms). */
export const TYPING_PAUSE_MS = 300;

/**
 * Runs `action` for a document once its edits pause, one timer per document: the throttle shared by the
 * diagnostics and the inline counts. A document that closes is forgotten; disposing clears every timer.
 */
export function afterTyping(action: (document: vscode.TextDocument) => void, onClose?: (document: vscode.TextDocument) => void): vscode.Disposable {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const cancel = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
  };
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (contentChanges.length === 0) return;
      cancel(document);
      timers.set(document.uri.toString(), setTimeout(() => {
        timers.delete(document.uri.toString());
        action(document);
      }, TYPING_PAUSE_MS));
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      cancel(document);
      onClose?.(document);
    }),
  ];
  return new vscode.Disposable(() => {
    timers.forEach(clearTimeout);
    subscriptions.forEach((subscription) => subscription.dispose());
  });
}
