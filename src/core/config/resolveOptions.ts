import { isPlatformId, type PlatformId } from '../count/platforms';
import { MASTODON_DEFAULT_LIMIT } from '../count/mastodonProfile';
import { DEFAULT_THREADS_HEADINGS } from '../post/postModel';
import { NUMBERING_STYLES, type NumberingStyle } from './numberingStyles';
import { PRESETS, type Preset, type ProjectConfig } from './projectConfig';

/**
 * What one source says about Threadwright's options: the writer's settings, a `.threadwright.json`, the command
 * line. Every key is optional and unchecked: a value that is missing or not valid leaves the choice to the
 * layers below it, so a typo in one place never hides a good value in another.
 */
export interface OptionLayer {
  /** Platforms in order; the first is primary. */
  platforms?: unknown;
  /** A platform to count for first, the others keeping their order (the CLI's `--platform`). */
  primaryPlatform?: unknown;
  threadsHeadings?: unknown;
  maxDocumentSizeMB?: unknown;
  mastodonLimit?: unknown;
  inlineCounts?: unknown;
  preset?: unknown;
  /** A JSON Schema file for front matter, as a path the caller can read (it joins each layer's base itself). */
  schema?: unknown;
  schemaMode?: unknown;
  titleMaxLength?: unknown;
  descriptionMaxLength?: unknown;
  previewName?: unknown;
  previewHandle?: unknown;
  convertNumbering?: unknown;
  convertOutput?: unknown;
  convertMode?: unknown;
  convertTargetPosts?: unknown;
}

/** Threadwright's options as one plain object: what the CLI and the editor hand to the core. */
export interface ResolvedOptions {
  threadsHeadings: readonly string[];
  /** Enabled platforms in order; the first is primary and drives the status bar and diagnostics. */
  platforms: readonly PlatformId[];
  primaryPlatform: PlatformId;
  /** Larger documents (in characters) are not analysed live; larger files (in bytes) are skipped by the CLI. */
  maxDocumentSize: number;
  /** The Mastodon server's post limit. */
  mastodonLimit: number;
  /** Whether each post shows its count after its last line. */
  inlineCounts: boolean;
  frontMatter: FrontMatterSettings;
  /** The name and handle the thread preview shows on each card; `placeholder` while neither is set. */
  previewAuthor: { name: string; handle: string; placeholder: boolean };
  /** How converted threads label their posts. */
  convertNumbering: NumberingStyle;
  /** Where Convert Sections to Thread puts the thread: appended to the post, or in a new document. */
  convertOutput: 'append' | 'newDocument';
  /** What Convert Sections to Thread offers first: a digest of the post, or every section in full. */
  convertMode: 'digest' | 'full';
  /** How many posts a digest aims for. */
  convertTargetPosts: number;
}

/** How front matter is checked, before the schema file is read. */
export interface FrontMatterSettings {
  /** `auto` follows the generator detected from the site's config. */
  preset: Preset | 'auto';
  /** The schema file, as the layer that named it gave it; undefined for none. */
  schemaPath?: string;
  schemaReplacesPreset: boolean;
  titleMaxLength: number;
  descriptionMaxLength: number;
}

/** The values every option takes when no layer sets it; `package.json`'s setting defaults say the same. */
export const DEFAULT_OPTIONS: ResolvedOptions = {
  threadsHeadings: DEFAULT_THREADS_HEADINGS,
  platforms: ['x'],
  primaryPlatform: 'x',
  maxDocumentSize: 5 * 1024 * 1024,
  mastodonLimit: MASTODON_DEFAULT_LIMIT,
  inlineCounts: true,
  frontMatter: { preset: 'auto', schemaReplacesPreset: false, titleMaxLength: 60, descriptionMaxLength: 160 },
  previewAuthor: { name: 'Your Name', handle: 'yourhandle', placeholder: true },
  convertNumbering: 'prefix',
  convertOutput: 'append',
  convertMode: 'digest',
  convertTargetPosts: 10,
};

/** Reads one key's value, or undefined when it is not one the option accepts. */
type Reader<T> = (value: unknown) => T | undefined;

const oneOf = <T extends string>(choices: readonly T[]): Reader<T> => (value) => (choices as readonly unknown[]).includes(value) ? value as T : undefined;
const isBoolean: Reader<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);
const isText: Reader<string> = (value) => (typeof value === 'string' ? value : undefined);
const isPath: Reader<string> = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const atLeast = (minimum: number): Reader<number> => (value) => (typeof value === 'number' && Number.isFinite(value) && value >= minimum ? value : undefined);
const positive: Reader<number> = (value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined);
const wholeIn = (minimum: number, maximum: number): Reader<number> => (value) =>
  (typeof value === 'number' && Number.isFinite(value) ? Math.min(maximum, Math.max(minimum, Math.round(value))) : undefined);
const platformList: Reader<PlatformId[]> = (value) => {
  if (!Array.isArray(value)) return undefined;
  const platforms = [...new Set(value.filter((name): name is PlatformId => typeof name === 'string' && isPlatformId(name)))];
  return platforms.length === 0 ? undefined : platforms;
};
const headingList: Reader<string[]> = (value) =>
  Array.isArray(value) && value.length > 0 && value.every((heading) => typeof heading === 'string' && heading.trim() !== '') ? [...value] : undefined;
const platform: Reader<PlatformId> = (value) => (typeof value === 'string' && isPlatformId(value) ? value : undefined);

/**
 * Resolves the options once from layers given lowest first (defaults ← settings ← `.threadwright.json` ← flags):
 * the one place the CLI and the editor turn what the writer and the repository say into options.
 */
export function resolveOptions(layers: readonly OptionLayer[]): ResolvedOptions {
  const pick = <K extends keyof OptionLayer, T>(key: K, read: Reader<T>): T | undefined => {
    for (let index = layers.length - 1; index >= 0; index--) {
      const value = read(layers[index][key]);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const defaults = DEFAULT_OPTIONS;
  const listed = pick('platforms', platformList) ?? defaults.platforms;
  const primary = pick('primaryPlatform', platform) ?? listed[0];
  const platforms = [primary, ...listed.filter((other) => other !== primary)];
  const previewName = pick('previewName', isText);
  const previewHandle = pick('previewHandle', isText);
  const schemaPath = pick('schema', isPath);
  return {
    threadsHeadings: pick('threadsHeadings', headingList) ?? defaults.threadsHeadings,
    platforms,
    primaryPlatform: primary,
    maxDocumentSize: Math.round((pick('maxDocumentSizeMB', positive) ?? defaults.maxDocumentSize / 1024 / 1024) * 1024 * 1024),
    mastodonLimit: pick('mastodonLimit', wholeIn(1, Number.MAX_SAFE_INTEGER)) ?? defaults.mastodonLimit,
    inlineCounts: pick('inlineCounts', isBoolean) ?? defaults.inlineCounts,
    frontMatter: {
      preset: pick('preset', oneOf<Preset | 'auto'>(['auto', ...PRESETS])) ?? defaults.frontMatter.preset,
      ...(schemaPath === undefined ? {} : { schemaPath }),
      schemaReplacesPreset: (pick('schemaMode', oneOf(['extend', 'replace'] as const)) ?? 'extend') === 'replace',
      titleMaxLength: pick('titleMaxLength', atLeast(0)) ?? defaults.frontMatter.titleMaxLength,
      descriptionMaxLength: pick('descriptionMaxLength', atLeast(0)) ?? defaults.frontMatter.descriptionMaxLength,
    },
    previewAuthor: {
      name: previewName ?? defaults.previewAuthor.name,
      handle: previewHandle ?? defaults.previewAuthor.handle,
      placeholder: previewName === undefined && previewHandle === undefined,
    },
    convertNumbering: pick('convertNumbering', oneOf(NUMBERING_STYLES)) ?? defaults.convertNumbering,
    convertOutput: pick('convertOutput', oneOf(['append', 'newDocument'] as const)) ?? defaults.convertOutput,
    convertMode: pick('convertMode', oneOf(['digest', 'full'] as const)) ?? defaults.convertMode,
    convertTargetPosts: pick('convertTargetPosts', wholeIn(1, 999)) ?? defaults.convertTargetPosts,
  };
}

/** The layer a `.threadwright.json` makes: its keys under their option names (its `schema` still relative to it). */
export function projectLayer(config: ProjectConfig): OptionLayer {
  return {
    platforms: config.platforms,
    preset: config.preset,
    schema: config.schema,
    mastodonLimit: config.limits?.mastodon,
    titleMaxLength: config.limits?.title,
    descriptionMaxLength: config.limits?.description,
    convertNumbering: config.numbering,
    threadsHeadings: config.threadsHeadings,
  };
}

/** Whether two resolutions differ in anything a feature reads: what decides if a change is worth telling. */
export function optionsDiffer(a: ResolvedOptions, b: ResolvedOptions): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
