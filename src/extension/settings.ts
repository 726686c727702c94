import * as vscode from 'vscode';
import { DEFAULT_THREADS_HEADINGS } from '../core/post/postModel';
import { isPlatformId, type PlatformId } from '../core/count/platforms';
import { MASTODON_DEFAULT_LIMIT } from '../core/count/mastodonProfile';
import type { ProjectConfig } from '../core/config/projectConfig';
import { isPresetName } from '../core/frontMatter/presets';
import type { PresetChoice } from '../core/frontMatter/check';
import { NUMBERING_STYLES, type NumberingStyle } from '../core/config/numberingStyles';
import { DEFAULT_TARGET_POSTS, type ConvertMode } from '../core/convert/convertToThread';

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
  frontMatter: FrontMatterSettings;
  /** The name and handle the thread preview shows on each card. */
  /** `placeholder` is true while the writer has set neither the name nor the handle. */
  previewAuthor: { name: string; handle: string; placeholder: boolean };
  /** How Convert Sections to Thread labels its posts. */
  convertNumbering: NumberingStyle;
  /** Where Convert Sections to Thread puts the thread: appended to the post, or in a new document. */
  convertOutput: 'append' | 'newDocument';
  /** What Convert Sections to Thread offers first: a digest of the post, or every section in full. */
  convertMode: ConvertMode;
  /** How many posts a digest aims for. */
  convertTargetPosts: number;
}

/** The `threadwright.frontMatter.*` settings. */
export interface FrontMatterSettings {
  /** `auto` follows the generator detected from the site's config. */
  preset: PresetChoice;
  /** A JSON Schema file, relative to the workspace folder; empty for none (always empty in an untrusted workspace). */
  schemaPath: string;
  schemaReplacesPreset: boolean;
  titleMaxLength: number;
  descriptionMaxLength: number;
}

/** Reads the `threadwright.*` settings for a document's scope, over the project's `.threadwright.json`. */
export function readSettings(scope?: vscode.ConfigurationScope, project: ProjectConfig = {}): Settings {
  const config = vscode.workspace.getConfiguration('threadwright', scope);
  const platforms = explicitOr<string[]>(config, 'platforms', project.platforms, ['x']).filter(isPlatformId);
  if (platforms.length === 0) platforms.push('x');
  const preset = explicitOr<string>(config, 'frontMatter.preset', project.preset, 'auto');
  return {
    threadsHeadings: explicitOr(config, 'threadsHeadings', project.threadsHeadings, [...DEFAULT_THREADS_HEADINGS]),
    platforms,
    primaryPlatform: platforms[0],
    maxDocumentSize: Math.round(config.get<number>('maxDocumentSizeMB', 5) * 1024 * 1024),
    mastodonLimit: Math.max(1, Math.round(Number(explicitOr<unknown>(config, 'mastodon.limit', project.limits?.mastodon, MASTODON_DEFAULT_LIMIT)) || MASTODON_DEFAULT_LIMIT)),
    inlineCounts: config.get<boolean>('inlineCounts.enabled', true),
    frontMatter: {
      preset: isPresetName(preset) ? preset : 'auto',
      schemaPath: vscode.workspace.isTrusted ? explicitOr(config, 'frontMatter.schema', project.schema, '').trim() : '',
      schemaReplacesPreset: config.get<string>('frontMatter.schemaMode', 'extend') === 'replace',
      titleMaxLength: explicitOr(config, 'frontMatter.titleMaxLength', project.limits?.title, 60),
      descriptionMaxLength: explicitOr(config, 'frontMatter.descriptionMaxLength', project.limits?.description, 160),
    },
    previewAuthor: previewAuthorOf(config),
    convertNumbering: NUMBERING_STYLES.find((style) => style === explicitOr<string>(config, 'convert.numbering', project.numbering, 'prefix')) ?? 'prefix',
    convertOutput: config.get<string>('convert.output') === 'newDocument' ? 'newDocument' : 'append',
    convertMode: config.get<string>('convert.mode') === 'full' ? 'full' : 'digest',
    convertTargetPosts: Math.min(999, Math.max(1, Math.round(Number(config.get<number>('convert.targetPosts', DEFAULT_TARGET_POSTS)) || DEFAULT_TARGET_POSTS))),
  };
}

function previewAuthorOf(config: vscode.WorkspaceConfiguration): Settings['previewAuthor'] {
  const isSet = (key: string) => {
    const inspected = config.inspect(key);
    return [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue].some((value) => value !== undefined);
  };
  return {
    name: config.get<string>('preview.displayName', 'Your Name'),
    handle: config.get<string>('preview.handle', 'yourhandle'),
    placeholder: !isSet('preview.displayName') && !isSet('preview.handle'),
  };
}

/** A value the writer set (user, workspace or folder settings), else the project file's, else the default: settings override the project per user. */
function explicitOr<T>(config: vscode.WorkspaceConfiguration, key: string, fromProject: T | undefined, fallback: T): T {
  const inspected = config.inspect<T>(key);
  return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue ?? fromProject ?? inspected?.defaultValue ?? fallback;
}

/** Calls back when a Threadwright setting changes, ignoring every other setting. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('threadwright')) listener();
  });
}
