import * as vscode from 'vscode';
import { DEFAULT_THREADS_HEADINGS } from '../core/postModel';
import type { PlatformId } from '../core/platforms';

/** Threadwright's settings as one plain object, read once per change and handed to the core. */
export interface Settings {
  threadsHeadings: readonly string[];
  primaryPlatform: PlatformId;
  maxDocumentSize: number;
}

/** Reads the `threadwright.*` settings for a document's scope. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('threadwright', scope);
  return {
    threadsHeadings: config.get<string[]>('threadsHeadings', [...DEFAULT_THREADS_HEADINGS]),
    primaryPlatform: 'x',
    maxDocumentSize: Math.round(config.get<number>('maxDocumentSizeMB', 5) * 1024 * 1024),
  };
}

/** Calls back when a Threadwright setting changes, ignoring every other setting. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('threadwright')) listener();
  });
}
