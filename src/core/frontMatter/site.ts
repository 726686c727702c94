import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { PresetName } from './presets';

/** Which generator builds a site, and why Threadwright thinks so (shown in the status tooltip). */
export interface DetectedGenerator {
  preset: PresetName;
  /** E.g. "`_config.yml` in the site root". */
  reason: string;
  /** The config file that told, `/`-separated from the workspace folder. */
  configPath: string;
}

/** Reads a small file by its `/`-separated path from the workspace folder: null when there is none, undefined while not known yet. */
export type ReadText = (path: string) => string | null | undefined;

/** A Jekyll `defaults:` entry that sets `layout`, with the scope it applies to. */
export interface LayoutDefault {
  /** `scope.path`, from the site source; '' for every file. */
  path: string;
  /** `scope.type` (`posts`, `pages`, `drafts`, a collection); undefined for every type. */
  type?: string;
  layout: string;
}

/** What a site's config says that front matter checks need. */
export interface SiteConfig {
  generator: DetectedGenerator;
  /** The folder holding the config, from the workspace folder ('' for the folder itself). */
  root: string;
  /** Jekyll: where the site's files are (`source:`); Hugo: the site root. */
  sourceRoot: string;
  /** Jekyll's `_layouts` folder (or `layouts_dir:`), from the workspace folder. */
  layoutsFolder: string;
  layoutDefaults: readonly LayoutDefault[];
  /** Set when a theme (`theme:`, `remote_theme:`) may supply layouts the workspace cannot see. */
  theme?: string;
  /** Hugo: the folders whose files are published at the site's root (`static/` and mounts onto it). */
  staticFolders: readonly string[];
  /** Hugo: the folders of global resources (`assets/` and mounts onto it). */
  assetFolders: readonly string[];
}

const JEKYLL_CONFIGS = ['_config.yml', '_config.yaml', '_config.toml'];
const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json'];
const HUGO_SPLIT_CONFIGS = ['hugo', 'config'].flatMap((name) => ['toml', 'yaml', 'yml', 'json'].map((ext) => `config/_default/${name}.${ext}`));
const LEGACY_CONFIGS = ['config.toml', 'config.yaml', 'config.yml', 'config.json'];
/** Keys only a Hugo config has, which tell a Hugo `config.*` from any other program's. */
const HUGO_KEYS = ['baseURL', 'baseurl', 'languageCode', 'contentDir', 'publishDir', 'disableKinds', 'taxonomies', 'permalinks', 'defaultContentLanguage', 'module', 'markup', 'outputs'];
const MAX_DEPTH = 32;

/**
 * Finds the generator of the site a post belongs to, from the nearest folder (the post's, then each one
 * above it up to the workspace folder) that holds a generator's config: `_config.yml` is Jekyll;
 * `hugo.*`, `config/_default/`, or a `config.*` with Hugo's keys is Hugo. Undefined when none says, or
 * while a file is still being read.
 */
export function detectGenerator(readText: ReadText, postPath: string | undefined): DetectedGenerator | undefined {
  const folders = foldersAbove(postPath);
  for (const folder of folders) {
    const found = generatorIn(readText, folder);
    if (found !== 'none') return found;
  }
  return undefined;
}

function foldersAbove(postPath: string | undefined): string[] {
  const parts = (postPath ?? '').split('/').filter((part) => part !== '').slice(0, -1).slice(0, MAX_DEPTH);
  // Stryker disable next-line ArrayDeclaration: a made-up first folder holds no config, so the search goes on as before
  const folders: string[] = [];
  for (let length = parts.length; length >= 0; length--) folders.push(parts.slice(0, length).join('/'));
  return folders;
}

function generatorIn(readText: ReadText, folder: string): DetectedGenerator | undefined | 'none' {
  const at = (name: string) => (folder === '' ? name : `${folder}/${name}`);
  const where = folder === '' ? 'the workspace folder' : `${folder}/`;
  let pending = false;
  const first = (names: string[], test: (text: string) => boolean = () => true) => names.find((name) => {
    const text = readText(at(name));
    if (text === undefined) pending = true;
    return typeof text === 'string' && test(text);
  });
  const jekyll = first(JEKYLL_CONFIGS);
  if (jekyll !== undefined) return { preset: 'jekyll', reason: `\`${jekyll}\` in ${where}`, configPath: at(jekyll) };
  const hugo = first([...HUGO_CONFIGS, ...HUGO_SPLIT_CONFIGS]) ?? first(LEGACY_CONFIGS, (text) => HUGO_KEYS.some((key) => new RegExp(`^\\s*"?${key}"?\\s*[:=]`, 'm').test(text)));
  if (hugo !== undefined) return { preset: 'hugo', reason: `\`${hugo}\` in ${where}`, configPath: at(hugo) };
  return pending ? undefined : 'none';
}

const configCache = new Map<string, Record<string, unknown>>();
const MAX_CACHED_CONFIGS = 16;

/** A config file's data (YAML, TOML or JSON by its extension), read once per text; {} when it cannot be read. */
function configData(path: string, text: string): Record<string, unknown> {
  const key = `${path}\n${text}`;
  let data = configCache.get(key);
  if (data === undefined) {
    try {
      const parsed: unknown = path.endsWith('.toml') ? parseToml(text) : path.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { version: '1.1', maxAliasCount: 100 });
      data = isRecord(parsed) ? parsed : {};
    } catch {
      data = {};
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only limits the cache's memory; every answer is read the same
    if (configCache.size >= MAX_CACHED_CONFIGS) configCache.clear();
    configCache.set(key, data);
  }
  return data;
}

/** Reads what the detected site's config says about layouts, themes and where files are. */
export function siteConfigOf(generator: DetectedGenerator, readText: ReadText): SiteConfig {
  const root = generator.configPath.includes('/') ? generator.configPath.slice(0, generator.configPath.lastIndexOf('/')).replace(/\/?config\/_default$/, '') : '';
  const join = (...parts: string[]) => normalisePath(parts.join('/'));
  const text = readText(generator.configPath);
  // Stryker disable next-line ConditionalExpression: configData reads a missing text as {} too, since every parser throws on it
  const data = typeof text === 'string' ? configData(generator.configPath, text) : {};
  if (generator.preset === 'jekyll') {
    const sourceRoot = join(root, stringOf(data.source) ?? '');
    return {
      generator,
      root,
      sourceRoot,
      layoutsFolder: join(sourceRoot, stringOf(data.layouts_dir) ?? '_layouts'),
      layoutDefaults: layoutDefaults(data.defaults),
      theme: stringOf(data.theme) ?? stringOf(data.remote_theme),
      staticFolders: [],
      assetFolders: [],
    };
  }
  const moduleData = isRecord(data.module) ? data.module : splitModule(generator, root, readText);
  // Stryker disable next-line ArrayDeclaration: a made-up string mount has no target, so nothing is mounted either
  const mounts = Array.isArray(moduleData.mounts) ? moduleData.mounts.filter(isRecord) : [];
  const mounted = (target: string, fallback: unknown) => {
    const onto = mounts.filter((mount) => mount.target === target).map((mount) => stringOf(mount.source)).filter((source): source is string => source !== undefined);
    const own = Array.isArray(fallback) ? fallback.map(stringOf) : [stringOf(fallback) ?? target];
    return [...new Set([...onto, ...own.filter((folder): folder is string => folder !== undefined)])].map((folder) => join(root, folder));
  };
  return {
    generator,
    root,
    sourceRoot: root,
    layoutsFolder: join(root, 'layouts'),
    layoutDefaults: [],
    theme: stringOf(data.theme),
    staticFolders: mounted('static', data.staticDir),
    assetFolders: mounted('assets', data.assetDir),
  };
}

/** A split Hugo config keeps `module:` in `config/_default/module.*`. */
function splitModule(generator: DetectedGenerator, root: string, readText: ReadText): Record<string, unknown> {
  if (!generator.configPath.includes('config/_default/')) return {};
  for (const ext of ['toml', 'yaml', 'yml', 'json']) {
    const path = `${root === '' ? '' : `${root}/`}config/_default/module.${ext}`;
    const text = readText(path);
    if (typeof text === 'string') return configData(path, text);
  }
  return {};
}

function layoutDefaults(value: unknown): LayoutDefault[] {
  // Stryker disable next-line ArrayDeclaration: a made-up string entry is dropped by isRecord below
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((entry) => {
    const values = isRecord(entry.values) ? entry.values : {};
    const scope = isRecord(entry.scope) ? entry.scope : {};
    const layout = stringOf(values.layout);
    return layout === undefined ? [] : [{ path: stringOf(scope.path) ?? '', type: stringOf(scope.type), layout }];
  });
}

/**
 * The layout Jekyll's `defaults:` give a post at a path (from the site source), as Jekyll picks it:
 * among matching scopes, the one with the longest path string, and a scope with a type over one without.
 */
export function defaultLayoutFor(site: SiteConfig, postPath: string): string | undefined {
  const fromSource = site.sourceRoot === '' ? postPath : postPath.startsWith(`${site.sourceRoot}/`) ? postPath.slice(site.sourceRoot.length + 1) : undefined;
  if (fromSource === undefined) return undefined;
  const type = typeOf(fromSource);
  let best: { rank: number; layout: string } | undefined;
  for (const entry of site.layoutDefaults) {
    const scopePath = entry.path.replace(/^\/+|\/+$/g, '');
    if (scopePath !== '' && !pathMatches(scopePath, fromSource)) continue;
    if (entry.type !== undefined && entry.type !== type) continue;
    const rank = scopePath.length * 2 + (entry.type === undefined ? 0 : 1);
    if (best === undefined || rank >= best.rank) best = { rank, layout: entry.layout };
  }
  return best?.layout;
}

function pathMatches(scope: string, path: string): boolean {
  const pattern = new RegExp(`^${scope.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}(?:/|$)`);
  return pattern.test(path);
}

/** Jekyll's document type from where the file is: `_posts/` and `_drafts/` are posts, `_name/` a collection, else pages. */
function typeOf(path: string): string {
  const folders = path.split('/').slice(0, -1);
  if (folders.includes('_posts') || folders.includes('_drafts')) return 'posts';
  const collection = folders.find((folder) => folder.startsWith('_'));
  return collection === undefined ? 'pages' : collection.slice(1);
}

/** Resolves `.` and `..` in a `/`-separated path, never climbing above the workspace folder. */
export function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
