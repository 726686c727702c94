import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isPlatformId } from '../core/count/platforms';
import { PLATFORM_NAMES, PRESETS } from '../core/config/projectConfig';
import { projectLayer, resolveOptions, type OptionLayer, type ResolvedOptions } from '../core/config/resolveOptions';
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

/** What the command line says about how to read posts: the top layer of options, with its schema made absolute. */
export interface PostFlags {
  layer: OptionLayer;
  /** Larger posts are skipped: known before any post (or its project file) is read. */
  maxBytes: number;
}

/** How one post is read: the command line over its `.threadwright.json` over the defaults. */
export type PostOptions = ResolvedOptions;

/** Validates the shared options once, before any file is read, so a bad option is a usage error (exit 2). */
export function readPostFlags(args: ParsedArgs, cwd: string): PostFlags {
  const platform = args.options.get('platform') as string | undefined;
  if (platform !== undefined && !isPlatformId(platform)) {
    throw new UsageError(`unknown platform ${platform}; --platform accepts ${PLATFORM_NAMES.filter(isPlatformId).join(', ')}`);
  }
  const schema = args.options.get('schema') as string | undefined;
  if (schema !== undefined && !existsSync(resolve(cwd, schema))) throw new UsageError(`--schema ${schema}: no such file`);
  const maxSize = args.options.get('max-size') as string | undefined;
  if (maxSize !== undefined && !(Number(maxSize) > 0)) throw new UsageError(`--max-size must be a positive number of megabytes; got "${maxSize}"`);
  const layer: OptionLayer = {
    primaryPlatform: platform,
    preset: args.options.get('preset'),
    schema: schema === undefined ? undefined : resolve(cwd, schema),
    maxDocumentSizeMB: maxSize === undefined ? undefined : Number(maxSize),
    convertNumbering: args.options.get('numbering'),
    convertMode: args.options.get('mode'),
  };
  return { layer, maxBytes: resolveOptions([layer]).maxDocumentSize };
}

/** The options of one post: the flags over its project file (whose `schema` is relative to its folder) over the defaults. */
export function resolvePostOptions(flags: PostFlags, project: LoadedProjectConfig | undefined): PostOptions {
  const fromProject = project === undefined ? {} : projectLayer(project.config);
  if (project?.config.schema !== undefined) fromProject.schema = resolve(project.folder, project.config.schema);
  return resolveOptions([fromProject, flags.layer]);
}
