import * as vscode from 'vscode';
import { DEFAULT_THREADS_HEADINGS } from '../core/postModel';
import { isPlatformId, type PlatformId } from '../core/platforms';
import { NUMBERING_STYLES, type NumberingStyle } from '../core/convert/labels';

/** Threadwright's settings as one plain object, read once per change and handed to the core. */
export interface Settings {
  threadsHeadings: readonly string[];
  /** Enabled platforms in order; the first is primary and drives the status bar and diagnostics. */
  platforms: readonly PlatformId[];
  primaryPlatform: PlatformId;
  maxDocumentSize: number;
  /** How Convert Sections to Thread labels its posts. */
  convertNumbering: NumberingStyle;
  /** Where Convert Sections to Thread puts the thread: appended to the post, or in a new document. */
  convertOutput: 'append' | 'newDocument';
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
    convertNumbering: NUMBERING_STYLES.find((style) => style === config.get<string>('convert.numbering')) ?? 'prefix',
    convertOutput: config.get<string>('convert.output') === 'newDocument' ? 'newDocument' : 'append',
  };
}

/** Calls back when a Threadwright setting changes, ignoring every other setting. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('threadwright')) listener();
  });
}
