import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalysisOptions } from '../core/checks/analysis';
import { isPlatformId, type PlatformId } from '../core/count/platforms';
import { DEFAULT_THREADS_HEADINGS } from '../core/post/postModel';
import type { NumberingStyle } from '../core/config/numberingStyles';
import { PLATFORM_NAMES, PRESETS, type Preset } from '../core/config/projectConfig';
import { UsageError, type OptionSpec, type ParsedArgs } from './args';
import type { LoadedProjectConfig } from './projectConfigFiles';

/** The options `check` and `count` share, so they read a post the same way. */
export const POST_OPTIONS = {
  format: { name: 'format', valueName: 'text|json', choices: ['text', 'json'], description: 'Output format (default: text).' },
  platform: {
    name: 'platform',
    valueName: PLATFORM_NAMES.join('|'),
    choices: PLATFORM_NAMES,
    description: 'Primary platform to count for (default: the first in .threadwright.json, else x).',
  },
  preset: { name: 'preset', valueName: PRESETS.join('|'), choices: PRESETS, description: 'Front matter rules (default: .threadwright.json, else detected from the site\'s config, else jekyll).' },
  schema: { name: 'schema', valueName: 'FILE', description: 'JSON Schema for front matter (default: .threadwright.json\'s "schema").' },
  maxSize: { name: 'max-size', valueName: 'MB', description: 'Skip posts larger than this, with a message (default: 5).' },
} satisfies Record<string, OptionSpec>;

const DEFAULT_MAX_SIZE_MB = 5;

/** What the command line says about how to read posts; unset options fall back to the project file. */
export interface PostFlags {
  platform?: PlatformId;
  preset?: Preset;
  /** Absolute path of the `--schema` file. */
  schemaPath?: string;
  maxBytes: number;
}

/** How one post is read: the command line over its `.threadwright.json` over the defaults. */
export interface PostOptions {
  platform: PlatformId;
  /** The primary platform first, then the project's other platforms. */
  platforms: PlatformId[];
  mastodonLimit?: number;
  /** How converted threads are numbered: the project file's style, else the example's prefix. */
  numbering: NumberingStyle;
  /** `auto` follows the generator detected from the site's config. */
  preset: Preset | 'auto';
  schemaPath?: string;
  analysis: AnalysisOptions;
}

/** Validates the shared options once, before any file is read, so a bad option is a usage error (exit 2). */
export function readPostFlags(args: ParsedArgs, cwd: string): PostFlags {
  const platform = args.options.get('platform') as string | undefined;
  if (platform !== undefined && !isPlatformId(platform)) {
    throw new UsageError(`unknown platform ${platform}; --platform accepts ${PLATFORM_NAMES.filter(isPlatformId).join(', ')}`);
  }
  const schema = args.options.get('schema') as string | undefined;
  if (schema !== undefined && !existsSync(resolve(cwd, schema))) throw new UsageError(`--schema ${schema}: no such file`);
  const maxSize = args.options.get('max-size') as string | undefined;
  const maxSizeMB = maxSize === undefined ? DEFAULT_MAX_SIZE_MB : Number(maxSize);
  if (!(maxSizeMB > 0)) throw new UsageError(`--max-size must be a positive number of megabytes; got "${maxSize}"`);
  return {
    platform: platform as PlatformId | undefined,
    preset: args.options.get('preset') as Preset | undefined,
    schemaPath: schema === undefined ? undefined : resolve(cwd, schema),
    maxBytes: Math.round(maxSizeMB * 1024 * 1024),
  };
}

/** Merges the flags with a post's project file: a flag wins, then the file, then the defaults. */
export function resolvePostOptions(flags: PostFlags, project: LoadedProjectConfig | undefined): PostOptions {
  const config = project?.config ?? {};
  const schema = config.schema === undefined ? undefined : resolve(project!.folder, config.schema);
  const platform = flags.platform ?? config.platforms?.find(isPlatformId) ?? 'x';
  return {
    platform,
    platforms: [platform, ...(config.platforms ?? []).filter(isPlatformId).filter((other) => other !== platform)],
    mastodonLimit: config.limits?.mastodon,
    numbering: config.numbering ?? 'prefix',
    preset: flags.preset ?? config.preset ?? 'auto',
    schemaPath: flags.schemaPath ?? schema,
    analysis: { threadsHeadings: config.threadsHeadings ?? DEFAULT_THREADS_HEADINGS },
  };
}
