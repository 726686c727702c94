import * as vscode from 'vscode';
import type { ProjectConfig } from '../core/config/projectConfig';
import { projectLayer, resolveOptions, type FrontMatterSettings, type OptionLayer, type ResolvedOptions } from '../core/config/resolveOptions';

/** Threadwright's options for one workspace folder, as the core resolved them. */
export type Settings = ResolvedOptions;
export type { FrontMatterSettings };

/** Each option's `threadwright.*` setting key. */
const SETTING_KEYS: Record<keyof OptionLayer, string | undefined> = {
  platforms: 'platforms',
  primaryPlatform: undefined,
  threadsHeadings: 'threadsHeadings',
  maxDocumentSizeMB: 'maxDocumentSizeMB',
  mastodonLimit: 'mastodon.limit',
  inlineCounts: 'inlineCounts.enabled',
  preset: 'frontMatter.preset',
  schema: 'frontMatter.schema',
  schemaMode: 'frontMatter.schemaMode',
  titleMaxLength: 'frontMatter.titleMaxLength',
  descriptionMaxLength: 'frontMatter.descriptionMaxLength',
  previewName: 'preview.displayName',
  previewHandle: 'preview.handle',
  convertNumbering: 'convert.numbering',
  convertOutput: 'convert.output',
  convertMode: 'convert.mode',
  convertTargetPosts: 'convert.targetPosts',
};

/**
 * The options for a scope: the writer's settings over the defaults, the folder's `.threadwright.json` over
 * both. Schema files are read only in a trusted workspace.
 */
export function readSettings(scope?: vscode.ConfigurationScope, project: ProjectConfig = {}): Settings {
  const fromProject = projectLayer(project);
  const fromSettings = settingsLayer(vscode.workspace.getConfiguration('threadwright', scope));
  if (!vscode.workspace.isTrusted) {
    delete fromProject.schema;
    delete fromSettings.schema;
  }
  return resolveOptions([fromSettings, fromProject]);
}

/** What the writer set explicitly (user, workspace or folder settings); a setting left at its default says nothing. */
function settingsLayer(config: vscode.WorkspaceConfiguration): OptionLayer {
  const layer: OptionLayer = {};
  for (const [option, key] of Object.entries(SETTING_KEYS) as [keyof OptionLayer, string | undefined][]) {
    if (key === undefined) continue;
    const inspected = config.inspect(key);
    layer[option] = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  }
  return layer;
}

/** Calls back when a Threadwright setting changes, ignoring every other setting. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('threadwright')) listener();
  });
}
