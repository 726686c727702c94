import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** A file found by a pattern or in a folder: its path as the writer would type it, and on disk. */
export interface FoundFile {
  path: string;
  absolute: string;
}

/** A brace range stops here, so `{1..99999999}` cannot exhaust memory. */
const MAX_RANGE_ITEMS = 1000;
/** Every Markdown file under a folder. */
const MARKDOWN_UNDER_FOLDER = '**/*.{md,markdown}';
/** Dependencies are not the writer's posts: skipped unless a pattern names them. */
const DEPENDENCIES = '**/node_modules/**';

/** True when an argument is a pattern rather than a plain path (`*`, `?`, `[…]`, `{…}`, extglobs). */
export function hasGlobMagic(pattern: string): boolean {
  return isDynamicPattern(pattern);
}

/** Turns `\` into `/` on Windows, where globs are written with forward slashes. */
function toPosix(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}

/**
 * Expands brace ranges (`{2023..2025}`, `{01..12}`, `{a..e}`) into alternatives, as shells do, so the glob
 * library (which reads `{a,b}` but not ranges) sees a list. Throws a RangeError past 1,000 items.
 */
export function expandBraceRanges(pattern: string): string {
  return pattern.replace(/\{(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])\}/g, (whole, from: string, to: string) => {
    const numeric = /\d/.test(from) && /\d/.test(to);
    if (!numeric && (/\d/.test(from) || /\d/.test(to))) return whole;
    const start = numeric ? Number(from) : from.charCodeAt(0);
    const end = numeric ? Number(to) : to.charCodeAt(0);
    const count = Math.abs(end - start) + 1;
    if (count > MAX_RANGE_ITEMS) throw new RangeError(`the range ${whole} has more than ${MAX_RANGE_ITEMS} items`);
    const width = numeric && /^-?0\d/.test(from + ' ' + to) ? Math.max(from.length, to.length) : 0;
    const step = end >= start ? 1 : -1;
    const items = Array.from({ length: count }, (_, index) => {
      const value = start + index * step;
      return numeric ? String(value).padStart(width, '0') : String.fromCharCode(value);
    });
    return `{${items.join(',')}}`;
  });
}

/**
 * The files a glob matches (tinyglobby, picomatch syntax: `**`, braces, `[…]`, extglobs such as `+([0-9])`),
 * in name order. Dot files and folders match only when the pattern names them; symbolic links to folders
 * are not followed, so a link cycle cannot trap the walk.
 */
export function globFiles(pattern: string, cwd: string): FoundFile[] {
  const expanded = expandBraceRanges(toPosix(pattern));
  const absolutePattern = isAbsolute(pattern);
  const found = globSync([expanded], {
    cwd,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: false,
    dot: false,
    absolute: true,
    ignore: expanded.includes('node_modules') ? [] : [DEPENDENCIES],
  });
  return found
    .map((absolute) => ({ path: absolutePattern ? absolute : toPosix(relative(cwd, absolute)), absolute: resolve(absolute) }))
    .sort(byPath);
}

/** Every `.md` and `.markdown` file under a folder, shown under the folder as the writer named it (`./a.md` for `.`). */
export function markdownInFolder(folder: string, cwd: string): FoundFile[] {
  const root = resolve(cwd, folder);
  const found = globSync([MARKDOWN_UNDER_FOLDER], { cwd: root, onlyFiles: true, followSymbolicLinks: false, dot: false, ignore: [DEPENDENCIES] });
  // Files under `.` print as `_posts/…`, not `./_posts/…`, the way the writer names them.
  const prefix = folder === '.' || folder === './' ? '' : folder.endsWith('/') || folder.endsWith(sep) ? folder : `${folder}/`;
  return found.map((path) => ({ path: `${prefix}${path}`, absolute: resolve(root, path) })).sort(byPath);
}

function byPath(a: FoundFile, b: FoundFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** A test on a file's path relative to a folder: true when one of the patterns matches it. */
export type PathMatcher = (relativePath: string) => boolean;

/** Compiles ignore patterns (as `ignores` and `!negations` are written) into one matcher; dot files match too. */
export function compileIgnores(patterns: readonly string[]): PathMatcher {
  if (patterns.length === 0) return () => false;
  const matchers = patterns.map((pattern) => picomatch(expandBraceRanges(toPosix(pattern)), { dot: true }));
  return (relativePath) => matchers.some((matches) => matches(relativePath));
}

/** A path relative to a folder with `/` separators, as ignore patterns are written. */
export function relativePosix(folder: string, absolute: string): string {
  return toPosix(relative(folder, absolute));
}
