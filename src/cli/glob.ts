import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';

/** One path segment of a pattern: `**` (any number of folders) or a test on a single name. */
export type SegmentMatcher = 'globstar' | ((name: string) => boolean);

/** Brace expansion stops here, so a pattern like `{a,b}{a,b}…` cannot explode. */
const MAX_ALTERNATIVES = 256;
/** Folders `**` never enters: dependencies are not the writer's posts. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** True when an argument is a pattern rather than a plain path. */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Expands `{a,b}` alternatives (nested too) as shells do, so braces may span folders: `{posts,drafts}/*.md`. */
export function expandBraces(pattern: string): string[] {
  const results: string[] = [];
  const pending = [pattern];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const group = firstAlternation(current);
    if (group === undefined) {
      results.push(current);
      continue;
    }
    for (const choice of group.choices.reverse()) pending.push(current.slice(0, group.start) + choice + current.slice(group.end));
    if (results.length + pending.length > MAX_ALTERNATIVES) throw new RangeError(`the pattern ${pattern} expands to more than ${MAX_ALTERNATIVES} alternatives`);
  }
  return results;
}

function firstAlternation(pattern: string): { start: number; end: number; choices: string[] } | undefined {
  const opens: number[] = [];
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') index++;
    else if (char === '{') opens.push(index);
    else if (char === '}' && opens.length > 0) {
      const start = opens.pop()!;
      if (opens.length > 0) continue;
      const choices = splitTopLevelCommas(pattern.slice(start + 1, index));
      if (choices.length > 1) return { start, end: index + 1, choices };
    }
  }
  return undefined;
}

function splitTopLevelCommas(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '\\') index++;
    else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(body.slice(from, index));
      from = index + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/**
 * Compiles one segment (`*.md`, `post-??.md`, `[0-9]*`) into a test on a file or folder name.
 * `*` and `?` never match a leading dot, as in shells, unless the segment itself starts with one.
 */
export function compileSegment(segment: string): SegmentMatcher {
  if (segment === '**') return 'globstar';
  let source = '';
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index];
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '\\' && index + 1 < segment.length) source += escapeRegExp(segment[++index]);
    else if (char === '[') {
      const close = segment.indexOf(']', index + 2);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      const body = segment.slice(index + 1, close);
      const negated = body[0] === '!' || body[0] === '^';
      const members = [...(negated ? body.slice(1) : body)].map((member) => (member === '-' ? '-' : escapeRegExp(member, true))).join('');
      source += `[${negated ? '^' : ''}${members}]`;
      index = close;
    } else source += escapeRegExp(char);
  }
  const pattern = new RegExp(`^${segment.startsWith('.') ? '' : '(?!\\.)'}${source}$`, 'u');
  return (name) => pattern.test(name);
}

function escapeRegExp(char: string, inClass = false): string {
  return (inClass ? /[\\\]^[]/ : /[\\^$.*+?()[\]{}|/]/).test(char) ? `\\${char}` : char;
}

/** A pattern split into the folder it starts from (no magic in it) and the segments matched below it. */
export interface SplitPattern {
  base: string;
  segments: SegmentMatcher[];
}

/** Splits a `/`-separated pattern at its first magic segment. */
export function splitPattern(pattern: string): SplitPattern {
  const parts = pattern.split('/');
  const firstMagic = parts.findIndex(hasGlobMagic);
  const literal = firstMagic === -1 ? parts.slice(0, -1) : parts.slice(0, firstMagic);
  const rest = firstMagic === -1 ? parts.slice(-1) : parts.slice(firstMagic);
  const base = literal.length === 1 && literal[0] === '' ? '/' : literal.join('/');
  return { base, segments: rest.filter((part) => part !== '').map(compileSegment) };
}

/** A file found under a base folder: its path as the writer would type it, and on disk. */
export interface FoundFile {
  path: string;
  absolute: string;
}

/**
 * Walks `base` (relative to `cwd`) and returns the files whose path below it matches the segments, in
 * name order. Dot folders and `node_modules` are entered only when a segment names them; symbolic links
 * to folders are not followed, so a link cycle cannot trap the walk.
 */
export function walkMatches(cwd: string, base: string, segments: readonly SegmentMatcher[]): FoundFile[] {
  const found: FoundFile[] = [];
  const closure = (states: Iterable<number>) => {
    const closed = new Set<number>();
    for (let state of states) {
      closed.add(state);
      while (segments[state] === 'globstar') closed.add(++state);
    }
    return closed;
  };
  const visit = (absolute: string, shown: string, states: Set<number>) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const entryAbsolute = join(absolute, entry.name);
      const isFolder = entry.isDirectory();
      const isFile = entry.isFile() || (entry.isSymbolicLink() && isFileOnDisk(entryAbsolute));
      if (!isFolder && !isFile) continue;
      const next = new Set<number>();
      for (const state of states) {
        const matcher = segments[state];
        if (matcher === 'globstar') {
          if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) next.add(state);
        } else if (matcher !== undefined && matcher(entry.name)) next.add(state + 1);
      }
      const reached = closure(next);
      const entryShown = shown === '' ? entry.name : shown.endsWith('/') ? `${shown}${entry.name}` : `${shown}/${entry.name}`;
      if (isFile && reached.has(segments.length)) found.push({ path: entryShown, absolute: entryAbsolute });
      if (isFolder && [...reached].some((state) => state < segments.length)) visit(entryAbsolute, entryShown, reached);
    }
  };
  visit(resolve(cwd, base), base, closure([0]));
  return found;
}

function isFileOnDisk(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
