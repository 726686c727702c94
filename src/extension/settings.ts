import * as vscode from 'vscode';
import { DEFAULT_THREADS_HEADINGS } from '../core/postModel';
import { isPlatformId, type PlatformId } from '../core/platforms';
import { isPresetName, type PresetName } from '../core/frontMatter/presets';

/** Threadwright's settings as one plain object, read once per change and handed to the core. */
export interface Settings {
  threadsHeadings: readonly string[];
  /** Enabled platforms in order; the first is primary and drives the status bar and diagnostics. */
  platforms: readonly PlatformId[];
  primaryPlatform: PlatformId;
  maxDocumentSize: number;
  frontMatter: FrontMatterSettings;
}

/** The `threadwright.frontMatter.*` settings. */
export interface FrontMatterSettings {
  preset: PresetName;
  /** A JSON Schema file, relative to the workspace folder; empty for none (always empty in an untrusted workspace). */
  schemaPath: string;
  schemaReplacesPreset: boolean;
  titleMaxLength: number;
  descriptionMaxLength: number;
}

/** Reads the `threadwright.*` settings for a document's scope. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('threadwright', scope);
  const platforms = config.get<string[]>('platforms', ['x']).filter(isPlatformId);
  if (platforms.length === 0) platforms.push('x');
  const preset = config.get<string>('frontMatter.preset', 'jekyll');
  return {
    threadsHeadings: config.get<string[]>('threadsHeadings', [...DEFAULT_THREADS_HEADINGS]),
    platforms,
    primaryPlatform: platforms[0],
    maxDocumentSize: Math.round(config.get<number>('maxDocumentSizeMB', 5) * 1024 * 1024),
    frontMatter: {
      preset: isPresetName(preset) ? preset : 'jekyll',
      schemaPath: vscode.workspace.isTrusted ? config.get<string>('frontMatter.schema', '').trim() : '',
      schemaReplacesPreset: config.get<string>('frontMatter.schemaMode', 'extend') === 'replace',
      titleMaxLength: config.get<number>('frontMatter.titleMaxLength', 60),
      descriptionMaxLength: config.get<number>('frontMatter.descriptionMaxLength', 160),
    },
  };
}

/** Calls back when a Threadwright setting changes, ignoring every other setting. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('threadwright')) listener();
  });
}
