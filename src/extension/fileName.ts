import type * as vscode from 'vscode';

/** The file name a post is called by in titles and messages (the preview's tab, the size-limit message). */
export function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
