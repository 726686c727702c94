import { parse, TomlError } from 'smol-toml';
import type { TextRange } from '../post/text';
import type { TomlLayout } from './locateToml';
import { earlierEntryNamed, type FrontMatterEntry, type FrontMatterProblem } from './tree';

/** What reading TOML front matter gives: the data, or the problem that stops it. */
export interface TomlRead {
  data?: unknown;
  problems: FrontMatterProblem[];
}

const MAX_DEPTH = 64;

/**
 * Reads TOML front matter with smol-toml; `source` is the text gray-matter hands its engine and
 * `base` its offset in the document. A redefined key becomes a duplicate-key problem on that key.
 */
export function readToml(source: string, base: number, layout: TomlLayout, lineOf: (offset: number) => number): TomlRead {
  try {
    return { data: parse(source, { maxDepth: MAX_DEPTH }), problems: [] };
  } catch (error) {
    if (!(error instanceof TomlError)) {
      return { problems: [{ code: 'front-matter/syntax', severity: 'error', range: { start: base, end: base + source.length }, message: 'TOML: this front matter cannot be read.' }] };
    }
    const offset = base + offsetOf(source, error.line, error.column);
    const reason = error.message.replace(/^Invalid TOML document: /, '').split('\n')[0];
    const entries = allEntries(layout);
    const redefined = /redefine/.test(reason) ? entries.find((entry) => entry.keyRange.start === offset) : undefined;
    if (redefined !== undefined) {
      // The nearest one before it: a key of the same name at the top or in another table is another key.
      const earlier = earlierEntryNamed(entries, entries.indexOf(redefined), redefined.key);
      const where = earlier === undefined ? '' : ` on line ${lineOf(earlier.keyRange.start) + 1}`;
      return { problems: [{ code: 'front-matter/duplicate-key', severity: 'error', range: redefined.keyRange, path: [redefined.key], message: `\`${redefined.key}\` is already defined${where}; TOML allows each key once, so Hugo stops.` }] };
    }
    const range: TextRange = { start: offset, end: Math.min(offset + 1, base + source.length) };
    return { problems: [{ code: 'front-matter/syntax', severity: 'error', range, message: `TOML: ${reason}${reason.endsWith('.') ? '' : '.'}` }] };
  }
}

function allEntries(layout: TomlLayout): FrontMatterEntry[] {
  return (layout.root.entries ?? []).flatMap((entry) => [entry, ...(entry.value.entries ?? [])]);
}

/** The offset of smol-toml's 1-based line and column, counted the way it counts them. */
function offsetOf(source: string, line: number, column: number): number {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const newline = source.indexOf('\n', start);
    if (newline === -1) break;
    start = newline + 1;
  }
  return Math.min(start + column - 1, source.length);
}
