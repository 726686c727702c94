import type { Line, TextRange } from './text';

/** The front matter languages Jekyll and Hugo read. */
export type FrontMatterKind = 'yaml' | 'toml';

/** Where a post's front matter block is, so validators and the body parser agree on it. */
export interface FrontMatterBlock {
  kind: FrontMatterKind;
  /** From the opening delimiter to the end of the closing one (or to the end of the file when unclosed). */
  range: TextRange;
  /** The text between the delimiter lines. */
  contentRange: TextRange;
  /** The text between the delimiter lines, as written. */
  raw: string;
  /** False when the block is opened but never closed. */
  closed: boolean;
  /** True when a byte order mark precedes the opening line: Jekyll then ignores the block. */
  afterBom: boolean;
  /** Index of the first line after the block. */
  bodyStartLine: number;
}

const DELIMITERS: Record<FrontMatterKind, { open: string; close: RegExp }> = {
  yaml: { open: '---', close: /^(?:---|\.\.\.)[ \t]*$/ },
  toml: { open: '+++', close: /^\+\+\+[ \t]*$/ },
};

/** Finds the front matter block at the very top of a document, if it has one. */
export function findFrontMatter(text: string, lines: readonly Line[]): FrontMatterBlock | undefined {
  const first = lines[0];
  const afterBom = text.charCodeAt(0) === 0xfeff;
  const opening = text.slice(first.start + (afterBom ? 1 : 0), first.end).replace(/[ \t]+$/, '');
  const kind = (Object.keys(DELIMITERS) as FrontMatterKind[]).find((k) => DELIMITERS[k].open === opening);
  if (kind === undefined) return undefined;
  const contentStart = first.endWithBreak;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    if (DELIMITERS[kind].close.test(text.slice(line.start, line.end))) {
      return {
        kind,
        range: { start: first.start, end: line.end },
        contentRange: { start: contentStart, end: line.start },
        raw: text.slice(contentStart, line.start),
        closed: true,
        afterBom,
        bodyStartLine: index + 1,
      };
    }
  }
  return {
    kind,
    range: { start: first.start, end: text.length },
    contentRange: { start: contentStart, end: text.length },
    raw: text.slice(contentStart),
    closed: false,
    afterBom,
    bodyStartLine: 1,
  };
}
