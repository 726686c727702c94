import * as vscode from 'vscode';
import { DEFAULT_THREADS_HEADINGS } from '../core/postModel';
import { isPlatformId, type PlatformId } from '../core/platforms';
import { MASTODON_DEFAULT_LIMIT } from '../core/mastodonProfile';

/** Threadwright's settings as one plain object, read once per change and handed to the core. */
export interface Settings {
  threadsHeadings: readonly string[];
  /** Enabled platforms in order; the first is primary and drives the status bar and diagnostics. */
  platforms: readonly PlatformId[];
  primaryPlatform: PlatformId;
  maxDocumentSize: number;
  /** The Mastodon server's post limit. */
  mastodonLimit: number;
  /** Whether each post shows its count after its last line. */
  inlineCounts: boolean;
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
    mastodonLimit: Math.max(1, Math.round(Number(config.get('mastodon.limit')) || MASTODON_DEFAULT_LIMIT)),
    inlineCounts: config.get<boolean>('inlineCounts.enabled', true),
  };
}

/** Calls back when a Threadwright setting changes, ignoring every other setting. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('threadwright')) listener();
  });
}
