import type { ActiveSchema } from './schema';
import { entryOf, type FrontMatterNode, type FrontMatterProblem } from './tree';

/**
 * What the front matter checks may ask about the workspace. The core never reads files: the editor answers
 * from a snapshot it keeps with `vscode.workspace.fs` and a file watcher, the command line from the disk.
 */
export interface WorkspaceFacts {
  /** The post's path from the workspace folder, `/`-separated; undefined when it is not in a folder. */
  postPath?: string;
  /**
   * Whether a file exists at a `/`-separated path from the workspace folder; undefined while the answer is
   * not known yet (nothing is reported then, and the editor re-checks once it knows).
   */
  fileExists(path: string): boolean | undefined;
  /** The names in `_layouts/` without their extensions; undefined when the folder does not exist (or is not known yet). */
  layouts(): readonly string[] | undefined;
}

/**
 * The workspace paths a front matter value may mean, from the site root and then from the post's folder;
 * undefined for values that are not local files (URLs, `data:`, templates).
 */
export function candidatePaths(value: string, postPath?: string): string[] | undefined {
  const path = value.trim().replace(/[?#].*$/, '');
  if (path === '' || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || /\{\{|\{%/.test(path)) return undefined;
  if (path.startsWith('/')) return [normalise(path.slice(1))].filter((candidate): candidate is string => candidate !== undefined);
  const fromPost = postPath === undefined ? undefined : normalise(`${postPath.split('/').slice(0, -1).join('/')}/${path}`);
  return [...new Set([normalise(path), fromPost].filter((candidate): candidate is string => candidate !== undefined))];
}

/** Resolves `.` and `..`; undefined when the path climbs above the workspace folder. */
function normalise(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.pop() === undefined) return undefined;
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Flags path keys whose file is not in the workspace, and a `layout` that `_layouts/` does not have. */
export function checkWorkspaceReferences(data: Record<string, unknown>, root: FrontMatterNode | undefined, schema: ActiveSchema, facts: WorkspaceFacts): FrontMatterProblem[] {
  const problems: FrontMatterProblem[] = [];
  for (const key of schema.pathKeys) {
    const raw = data[key];
    const value = typeof raw === 'string' ? raw : typeof raw === 'object' && raw !== null && typeof (raw as { path?: unknown }).path === 'string' ? (raw as { path: string }).path : undefined;
    const entry = entryOf(root, key);
    if (value === undefined || entry === undefined) continue;
    const candidates = candidatePaths(value, facts.postPath);
    if (candidates === undefined) continue;
    const answers = candidates.map((candidate) => facts.fileExists(candidate));
    if (answers.some((answer) => answer !== false)) continue;
    const range = (typeof raw === 'string' ? entry.value : entryOf(entry.value, 'path')?.value ?? entry.value).range;
    problems.push({ code: 'front-matter/missing-file', severity: 'warning', range, path: [key], message: `\`${key}\` names ${value}, which is not in the workspace (looked from the site root${candidates.length > 1 ? ' and from the post\'s folder' : ''}).` });
  }
  const layout = data.layout;
  const layouts = facts.layouts();
  const entry = entryOf(root, 'layout');
  if (typeof layout === 'string' && layout !== 'none' && layouts !== undefined && entry !== undefined && !layouts.includes(layout)) {
    const known = layouts.length === 0 ? 'it is empty' : `it has ${layouts.join(', ')}`;
    problems.push({ code: 'front-matter/missing-file', severity: 'warning', range: entry.value.range, path: ['layout'], message: `\`layout\` names ${layout}, but \`_layouts/\` has no such file (${known}).` });
  }
  return problems;
}
