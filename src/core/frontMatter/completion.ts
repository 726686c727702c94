import type { TextRange } from '../post/text';
import type { FrontMatterReport } from './check';
import type { FrontMatterEntry } from './tree';

/** Where the cursor is in the front matter, as completions and hovers need it. */
export type FrontMatterPosition =
  | { kind: 'key'; range: TextRange; present: string[] }
  | { kind: 'value'; key: string; range: TextRange; inList: boolean; present: string[] };

/**
 * Tells whether an offset is where a top-level key or a value (or a list item) is written, from the source
 * ranges the parser kept, so completions offer keys, enum values, layouts, or categories and tags.
 */
export function frontMatterPositionAt(report: FrontMatterReport, text: string, offset: number): FrontMatterPosition | undefined {
  const parsed = report.parsed;
  // Only a closed block is read into a mapping, so its content always ends where the closing line starts.
  if (parsed?.root === undefined) return undefined;
  const content = parsed.block.contentRange;
  if (offset < content.start || offset >= content.end) return undefined;
  // Stryker disable next-line ArrayDeclaration: the top-level node is a mapping, whose entries are always listed
  const entries = parsed.root.entries ?? [];
  const present = entries.map((entry) => entry.key);
  for (const entry of entries) {
    if (entry.keyRange.start <= offset && offset <= entry.keyRange.end) {
      return { kind: 'key', range: entry.keyRange, present: entries.filter((other) => other !== entry).map((other) => other.key) };
    }
    const value = valuePosition(entry, text, offset);
    if (value !== undefined) return value;
  }
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (/^[A-Za-z0-9_-]*$/.test(before)) return { kind: 'key', range: { start: lineStart, end: offset }, present };
  return undefined;
}

function valuePosition(entry: FrontMatterEntry, text: string, offset: number): FrontMatterPosition | undefined {
  const value = entry.value;
  const keyLineEnd = lineEndAt(text, entry.keyRange.end);
  const end = Math.max(value.range.end, value.items === undefined ? keyLineEnd : value.range.end);
  if (offset <= entry.keyRange.end || offset > end) return undefined;
  if (value.items !== undefined) {
    const present = value.items.map((item) => unquote(text.slice(item.range.start, item.range.end))).filter((item) => item !== '');
    const item = value.items.find((candidate) => candidate.range.start <= offset && offset <= candidate.range.end);
    const range = item?.range ?? { start: offset, end: offset };
    return { kind: 'value', key: entry.key, range, inList: true, present: present.filter((name) => name !== unquote(text.slice(range.start, range.end))) };
  }
  const range = value.range.start <= offset ? value.range : { start: offset, end: offset };
  return { kind: 'value', key: entry.key, range, inList: false, present: [] };
}

/** The end of a key's line, before its line break: a key line of a closed block always has one, the closing line follows. */
function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return text[end - 1] === '\r' ? end - 1 : end;
}

function unquote(source: string): string {
  const trimmed = source.trim();
  return /^(["']).*\1$/s.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
