import { PRESETS, type PresetName } from './presets';
import type { ActiveSchema } from './schema';
import { defaultLayoutFor, normalisePath, type ReadText, type SiteConfig } from './site';
import { entryOf, type FrontMatterNode, type FrontMatterProblem } from './tree';

/**
 * What the front matter checks may ask about the workspace. The core never reads files: the editor answers
 * from a snapshot it keeps with `vscode.workspace.fs` and a file watcher, the command line from the disk.
 * Every path is `/`-separated from the workspace folder; undefined answers are not known yet (nothing is
 * reported then, and the editor re-checks once it knows).
 */
export interface WorkspaceFacts {
  /** The post's path; undefined when it is not in a folder. */
  postPath?: string;
  fileExists(path: string): boolean | undefined;
  /** The names of the files in a folder; undefined when it does not exist (or is not known yet). */
  fileNames(folder: string): readonly string[] | undefined;
  /** A small file's text (site configs), null when there is none. */
  readText: ReadText;
}

/** The site a post is checked in: its config when one was found for the rules in use, else the defaults. */
export function siteOrDefault(site: SiteConfig | undefined, preset: PresetName): SiteConfig {
  if (site !== undefined && site.generator.preset === preset) return site;
  return {
    generator: { preset, reason: 'no site config found', configPath: '' },
    root: '',
    sourceRoot: '',
    layoutsFolder: '_layouts',
    layoutDefaults: [],
    staticFolders: preset === 'hugo' ? ['static'] : [],
    assetFolders: preset === 'hugo' ? ['assets'] : [],
  };
}

/**
 * The workspace paths a front matter value may mean, for the site's generator: Jekyll serves files from
 * its source folder (and a relative path may start at the post's folder); Hugo from `static/`, `assets/`
 * and the page bundle beside the post. Undefined for values that are not local files (URLs, templates).
 */
export function candidatePaths(value: string, site: SiteConfig, postPath?: string): string[] | undefined {
  const path = value.trim().replace(/[?#].*$/, '');
  if (path === '' || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || /\{\{|\{%/.test(path)) return undefined;
  const postFolder = postPath === undefined ? undefined : postPath.split('/').slice(0, -1).join('/');
  const relative = !path.startsWith('/');
  const bases = site.generator.preset === 'hugo'
    ? [...(relative && postFolder !== undefined ? [postFolder] : []), ...site.staticFolders, ...site.assetFolders]
    : [site.sourceRoot, ...(relative && postFolder !== undefined ? [postFolder] : [])];
  const spellings = [...new Set([path, decoded(path)])];
  return [...new Set(bases.flatMap((base) => spellings.map((spelling) => normalisePath(`${base}/${spelling}`))))];
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function describeBases(site: SiteConfig): string {
  if (site.generator.preset === 'hugo') return `looked in ${[...site.staticFolders, ...site.assetFolders].map((folder) => `${folder}/`).join(', ')} and the post's folder`;
  return `looked from the site ${site.sourceRoot === '' ? 'root' : `source ${site.sourceRoot}/`} and from the post's folder`;
}

/** Flags path keys whose file is not in the workspace, and a Jekyll layout (set or defaulted) that the site's layouts folder lacks. */
export function checkWorkspaceReferences(data: Record<string, unknown>, root: FrontMatterNode | undefined, schema: ActiveSchema, facts: WorkspaceFacts, site: SiteConfig): FrontMatterProblem[] {
  const problems: FrontMatterProblem[] = [];
  for (const key of schema.pathKeys) {
    const value = data[key];
    const entry = entryOf(root, key);
    // Only a string is a path: mappings under `image` are shaped by each theme, not by the generator.
    if (typeof value !== 'string' || entry === undefined) continue;
    const candidates = candidatePaths(value, site, facts.postPath);
    if (candidates === undefined) continue;
    if (candidates.map((candidate) => facts.fileExists(candidate)).some((answer) => answer !== false)) continue;
    problems.push({ code: 'front-matter/missing-file', severity: 'warning', range: entry.value.range, path: [key], message: `\`${key}\` names ${value}, which is not in the workspace (${describeBases(site)}).` });
  }
  if (schema.preset.name === 'jekyll') problems.push(...checkJekyllLayout(data, root, facts, site));
  return problems;
}

function checkJekyllLayout(data: Record<string, unknown>, root: FrontMatterNode | undefined, facts: WorkspaceFacts, site: SiteConfig): FrontMatterProblem[] {
  const entry = entryOf(root, 'layout');
  const layout = typeof data.layout === 'string' ? data.layout : undefined;
  if (entry === undefined || layout === undefined || layout === 'none' || site.theme !== undefined) return [];
  const names = facts.fileNames(site.layoutsFolder)?.map((name) => name.replace(/\.[^.]*$/, ''));
  if (names === undefined || names.includes(layout)) return [];
  const known = names.length === 0 ? 'it is empty' : `it has ${[...new Set(names)].sort().join(', ')}`;
  return [{ code: 'front-matter/missing-file', severity: 'warning', range: entry.value.range, path: ['layout'], message: `\`layout\` names ${layout}, but \`${site.layoutsFolder}/\` has no such file (${known}).` }];
}

/**
 * Jekyll renders a post without a layout as bare text, so a missing `layout` is worth a warning, unless a
 * `defaults:` entry of `_config.yml` gives this post one.
 */
export function checkMissingLayout(data: Record<string, unknown>, site: SiteConfig, postPath: string | undefined, opener: { start: number; end: number }): FrontMatterProblem[] {
  if (data.layout !== undefined) return [];
  if (postPath !== undefined && defaultLayoutFor(site, postPath) !== undefined) return [];
  return [{
    code: 'front-matter/missing-key',
    severity: 'warning',
    range: opener,
    path: ['layout'],
    message: `\`layout\` is missing: neither the post nor a \`defaults:\` entry in _config.yml sets it, so ${PRESETS.jekyll.displayName} renders the post without a layout.`,
  }];
}
