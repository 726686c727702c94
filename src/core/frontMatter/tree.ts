import type { FrontMatterBlock } from '../post/frontMatterBlock';
import type { Problem } from '../post/problem';
import type { TextRange } from '../post/text';

/** Where a front matter value is written, and where its parts are when it is a mapping or a list. */
export interface FrontMatterNode {
  /** The value as written (quotes included); empty, right after the separator, when the value is missing. */
  range: TextRange;
  entries?: FrontMatterEntry[];
  items?: FrontMatterNode[];
}

/** One `key: value` (YAML) or `key = value` (TOML) of the front matter, with the source ranges of both. */
export interface FrontMatterEntry {
  key: string;
  keyRange: TextRange;
  value: FrontMatterNode;
  /**
   * The whole lines the entry occupies, line break included, when nothing else shares them:
   * what a quick fix deletes to remove the entry.
   */
  lines?: TextRange;
}

/** The names of Threadwright's front matter problem codes, one per kind of mistake (documented in README.md). */
export type FrontMatterCode =
  | 'front-matter/syntax'
  | 'front-matter/unclosed'
  | 'front-matter/duplicate-key'
  | 'front-matter/bom'
  | 'front-matter/missing-key'
  | 'front-matter/invalid-value'
  | 'front-matter/missing-file'
  | 'front-matter/too-long';

/** A front matter problem, with the key it concerns so quick fixes can find what to change. */
export interface FrontMatterProblem extends Problem {
  code: FrontMatterCode;
  /** The path of the key or list item the problem is about, e.g. `['date']` or `['categories', 1]`. */
  path?: (string | number)[];
}

/** Front matter read with its data and the source range of every key and value. */
export interface ParsedFrontMatter {
  block: FrontMatterBlock;
  /** The data the generator sees; undefined when the block cannot be read or is not a mapping. */
  data?: Record<string, unknown>;
  /** The top-level mapping; undefined when the block cannot be read or is not a mapping. */
  root?: FrontMatterNode;
  /** Where a line with a new top-level key goes: before the closing line (YAML) or the first table (TOML). */
  insertOffset: number;
  /** Problems found while reading: syntax, duplicates, not a mapping, too large. */
  problems: FrontMatterProblem[];
}

/** Finds the entry for a top-level key (the last one when the key is repeated: the one generators use). */
export function entryOf(node: FrontMatterNode | undefined, key: string): FrontMatterEntry | undefined {
  // Stryker disable next-line ArrayDeclaration: the default is only searched for a key, and a placeholder holds none
  const entries = node?.entries ?? [];
  for (let index = entries.length - 1; index >= 0; index--) if (entries[index].key === key) return entries[index];
  return undefined;
}

/** The nearest entry before `index` with the same key: the earlier copy a duplicate key repeats. */
export function earlierEntryNamed(entries: readonly FrontMatterEntry[], index: number, key: string): FrontMatterEntry | undefined {
  for (let other = index - 1; other >= 0; other--) if (entries[other].key === key) return entries[other];
  return undefined;
}

/** The node a path leads to (a list step is an index, a mapping step a key); undefined where the path leaves the text. */
export function nodeAtPath(root: FrontMatterNode | undefined, path: readonly (string | number)[]): FrontMatterNode | undefined {
  let node = root;
  for (const step of path) node = childOf(node, step);
  return node;
}

function childOf(node: FrontMatterNode | undefined, step: string | number): FrontMatterNode | undefined {
  return typeof step === 'number' ? node?.items?.[step] : entryOf(node, step)?.value;
}

/** The source range of the value at a path, or of its nearest written ancestor, for placing a schema error. */
export function rangeAtPath(root: FrontMatterNode | undefined, path: readonly (string | number)[]): { range: TextRange; exact: boolean } | undefined {
  let node = root;
  let range: TextRange | undefined;
  for (let depth = 0; depth < path.length && node !== undefined; depth++) {
    const step = path[depth];
    const next = childOf(node, step);
    if (next === undefined) return range === undefined ? undefined : { range, exact: false };
    node = next;
    range = next.range;
  }
  return range === undefined ? undefined : { range, exact: true };
}
