import * as vscode from 'vscode';
import { DEFAULT_THREADS_HEADINGS } from '../core/postModel';
import { isPlatformId, type PlatformId } from '../core/platforms';

/** Threadwright's settings as one plain object, read once per change and handed to the core. */
export interface Settings {
  threadsHeadings: readonly string[];
  /** Enabled platforms in order; the first is primary and drives the status bar and diagnostics. */
  platforms: readonly PlatformId[];
  primaryPlatform: PlatformId;
  maxDocumentSize: number;
  /** The name and handle the thread preview shows on each card. */
  previewAuthor: { name: string; handle: string };
}

/** Reads the `threadwright.*` settings for a document's scope. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('threadwright', scope);
  const platforms = config.get<string[]>('platforms', ['x']).filter(isPlatformId);
  if (platforms.length === 0) platforms.push('x');
  return {
    threadsHeadings: config.get<string[]>('threadsHeadings', [...DEFAULT_THREADS_HEADINGS]),
    platforms,
    primaryPlatform: platforms[0],
    maxDocumentSize: Math.round(config.get<number>('maxDocumentSizeMB', 5) * 1024 * 1024),
    previewAuthor: { name: config.get<string>('preview.displayName', 'Your Name'), handle: config.get<string>('preview.handle', 'yourhandle') },
  };
}

/** Calls back when a Threadwright setting changes, ignoring every other setting. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('threadwright')) listener();
  });
}
