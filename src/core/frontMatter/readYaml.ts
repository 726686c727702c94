import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import type { FrontMatterEntry, FrontMatterNode, FrontMatterProblem } from './tree';

/** The YAML flavours the generators read: Ruby's Psych (YAML 1.1) for Jekyll, YAML 1.2 for Hugo. */
export type YamlVersion = '1.1' | '1.2';

/** What reading YAML front matter gives: the data, the tree of source ranges, and the problems met. */
export interface YamlRead {
  data?: unknown;
  root?: FrontMatterNode;
  problems: FrontMatterProblem[];
}

/** How far aliases (`*name`) may multiply the data before it is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;
/** Nesting deeper than this is read as data but not mapped to source ranges. */
const MAX_TREE_DEPTH = 32;
const MAX_TAB_PROBLEMS = 20;

/**
 * Reads YAML front matter with the `yaml` library, which keeps source ranges; `source` is the text
 * gray-matter hands its engine and `base` its offset in the document. Never throws.
 */
export function readYaml(source: string, base: number, version: YamlVersion, lineOf: (offset: number) => number, finalBreakLength = 1): YamlRead {
  const document = parseDocument(source, {
    // The 1.1 schema merges `<<` keys as Psych does; 1.2 keeps `<<` as a plain key, as Hugo does.
    version,
    uniqueKeys: false,
    keepSourceTokens: true,
    prettyErrors: false,
    // Dates stay text, so they can be checked against the generator's format as written.
    customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
  });
  const contents = document.contents;
  const root = contents === null
    ? { range: { start: base + source.length, end: base + source.length }, entries: [] }
    : isMap(contents) ? nodeOf(contents, { source, base, finalBreakLength }, 0) : undefined;
  const problems = syntaxProblems(document, source, base);
  // Broken YAML still yields a tree for completions, but no data to validate.
  if (problems.length > 0) return { root, problems };
  if (root === undefined) {
    const what = isSeq(contents) ? 'a list' : 'a single value';
    return { problems: [{ code: 'front-matter/syntax', severity: 'error', range: rangeOf(contents as Node, base), message: `Front matter must be \`key: value\` lines, but this is ${what}.` }] };
  }
  let data: unknown;
  try {
    // Stryker disable next-line ObjectLiteral: yaml's own default alias count is the same 100
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = firstAlias(document);
    if (alias === undefined) {
      // Not an alias bomb: a merge (`<<`) of something that is not a mapping, in YAML 1.1.
      return { root, problems: [{ code: 'front-matter/syntax', severity: 'error', range: { start: base, end: base + source.length }, message: messageOf('', (error as Error).message) }] };
    }
    return { root, problems: [{ code: 'front-matter/syntax', severity: 'error', range: rangeOf(alias, base), message: 'Its aliases (`*name`) expand to far more data than front matter needs (an alias bomb?), so Threadwright does not read it.' }] };
  }
  return { data: data ?? {}, root, problems: duplicateKeys(root, lineOf) };
}

function syntaxProblems(document: Document, source: string, base: number): FrontMatterProblem[] {
  const problems: FrontMatterProblem[] = [];
  const tabs = document.errors.filter((error) => error.code === 'TAB_AS_INDENT').slice(0, MAX_TAB_PROBLEMS);
  const first = document.errors.find((error) => error.code !== 'TAB_AS_INDENT');
  for (const error of [...tabs, ...(first === undefined ? [] : [first])]) {
    const start = Math.min(error.pos[0], source.length);
    const end = Math.min(Math.max(error.pos[1], start + 1), source.length);
    problems.push({ code: 'front-matter/syntax', severity: 'error', range: { start: base + start, end: base + end }, message: messageOf(error.code, error.message) });
  }
  return problems.sort((a, b) => a.range.start - b.range.start);
}

function messageOf(code: string, message: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'Tab used for indentation: YAML indents with spaces only.';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'A value with `: ` inside it must be quoted, e.g. `title: "Bitcoin: the shift"`.';
    case 'RESOURCE_EXHAUSTION':
      return 'Front matter nests too deeply to check.';
    default: {
      const firstLine = message.split('\n')[0];
      return `YAML: ${firstLine}${firstLine.endsWith('.') ? '' : '.'}`;
    }
  }
}

function firstAlias(document: Document): Node | undefined {
  let found: Node | undefined;
  visit(document, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function rangeOf(node: Node, base: number): { start: number; end: number } {
  const [start, end] = node.range ?? [0, 0];
  return { start: base + start, end: base + end };
}

/** The YAML text being mapped: its offset in the document, and the length of the line break after its last line. */
interface Source {
  source: string;
  base: number;
  finalBreakLength: number;
}

function nodeOf(node: Node, at: Source, depth: number): FrontMatterNode {
  const result: FrontMatterNode = { range: rangeOf(node, at.base) };
  if (depth >= MAX_TREE_DEPTH) return result;
  if (isMap(node)) result.entries = node.items.map((pair) => entryOf(pair, at, depth));
  else if (isSeq(node)) {
    result.items = node.items.map((item) =>
      isScalar(item) || isMap(item) || isSeq(item) || isAlias(item) ? nodeOf(item, at, depth + 1) : { range: { ...result.range } });
  }
  return result;
}

function entryOf(pair: Pair, at: Source, depth: number): FrontMatterEntry {
  const { source, base } = at;
  const key = pair.key as Node | null;
  const keyRange = key?.range ? rangeOf(key, base) : { start: pairStart(pair, base), end: pairStart(pair, base) };
  const keyText = key === null ? '' : isScalar(key) ? String(key.value) : source.slice(keyRange.start - base, keyRange.end - base);
  const valueNode = pair.value as Node | null;
  const value: FrontMatterNode = valueNode?.range
    ? nodeOf(valueNode, at, depth + 1)
    : { range: { start: keyRange.end + 1, end: keyRange.end + 1 } };
  return { key: keyText, keyRange, value, lines: ownLines(at, keyRange.start, value.range.end) };
}

function pairStart(pair: Pair, base: number): number {
  const token = (pair as { srcToken?: { start?: { offset: number }[] } }).srcToken;
  return base + (token?.start?.[0]?.offset ?? 0);
}

/** The whole lines from the key's line to the value's last line, when nothing else is written on them. */
function ownLines({ source, base, finalBreakLength }: Source, keyStart: number, valueEnd: number) {
  const from = keyStart - base;
  const lineStart = source.lastIndexOf('\n', from - 1) + 1;
  if (source.slice(lineStart, from).trim() !== '') return undefined;
  // A block list or mapping ends after its last line break: its lines end there.
  if (valueEnd - base > from && source[valueEnd - base - 1] === '\n') return { start: base + lineStart, end: valueEnd };
  const breakAt = source.indexOf('\n', Math.max(valueEnd - base, from));
  const rest = source.slice(valueEnd - base, breakAt === -1 ? source.length : breakAt);
  if (rest.trim() !== '' && !rest.trim().startsWith('#')) return undefined;
  // The text gray-matter hands over stops before the line break that precedes the closing delimiter.
  return { start: base + lineStart, end: breakAt === -1 ? base + source.length + finalBreakLength : base + breakAt + 1 };
}

function duplicateKeys(root: FrontMatterNode, lineOf: (offset: number) => number): FrontMatterProblem[] {
  const problems: FrontMatterProblem[] = [];
  const walk = (node: FrontMatterNode, path: (string | number)[]) => {
    const seen = new Map<string, FrontMatterEntry>();
    for (const entry of node.entries ?? []) {
      const earlier = seen.get(entry.key);
      if (earlier !== undefined) {
        problems.push({
          code: 'front-matter/duplicate-key',
          severity: 'warning',
          range: entry.keyRange,
          path: [...path, entry.key],
          message: `\`${entry.key}\` is already set on line ${lineOf(earlier.keyRange.start) + 1}; only the last value is kept.`,
        });
      }
      seen.set(entry.key, entry);
      walk(entry.value, [...path, entry.key]);
    }
    node.items?.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(root, []);
  return problems;
}
