import matter from 'gray-matter';
import type { FrontMatterBlock } from '../post/frontMatterBlock';
import { LineIndex, type TextRange } from '../post/text';
import { locateToml } from './locateToml';
import { readToml } from './readToml';
import { readYaml, type YamlVersion } from './readYaml';
import type { FrontMatterNode, FrontMatterProblem, ParsedFrontMatter } from './tree';

/** Front matter larger than this is not read: real front matter is a few hundred bytes, and parsing megabytes would stall typing. */
export const MAX_FRONT_MATTER_LENGTH = 64 * 1024;

const DELIMITER = { yaml: '---', toml: '+++' } as const;

/** gray-matter can evaluate `---js` front matter as JavaScript; Threadwright never runs a post as code. */
function refuseCode(): never {
  throw new Error('Threadwright does not run front matter as code.');
}

/**
 * Reads a post's front matter block through gray-matter, whose YAML and TOML engines are replaced by
 * readers that keep source ranges (`yaml`, smol-toml with a TOML locator) and whose JavaScript engine
 * refuses. Options are always passed, so gray-matter keeps no cache of the texts it sees. Never throws.
 */
export function readFrontMatter(text: string, block: FrontMatterBlock, yamlVersion: YamlVersion): ParsedFrontMatter {
  const opener = openingDelimiter(block);
  const openerStart = opener.start;
  const parsed: ParsedFrontMatter = { block, insertOffset: block.contentRange.end, problems: [] };
  if (!block.closed) {
    parsed.problems.push({
      code: 'front-matter/unclosed',
      severity: 'error',
      range: opener,
      message: `This front matter is never closed: add a line \`${DELIMITER[block.kind]}\` after its last key. Until then the whole post is read as front matter.`,
    });
    return parsed;
  }
  const length = block.contentRange.end - block.contentRange.start;
  if (length > MAX_FRONT_MATTER_LENGTH) {
    parsed.problems.push({
      code: 'front-matter/too-long',
      severity: 'warning',
      range: opener,
      message: `This front matter is ${Math.round(length / 1024)} KB; Threadwright checks front matter up to ${MAX_FRONT_MATTER_LENGTH / 1024} KB.`,
    });
    return parsed;
  }

  let lines: LineIndex | undefined;
  const lineOf = (offset: number) => (lines ??= new LineIndex(text)).positionAt(offset).line;
  const base = lineEnd(text, openerStart);
  const layout = block.kind === 'toml' ? locateToml(text, block.contentRange) : undefined;
  let read: { data?: unknown; root?: FrontMatterNode; problems: FrontMatterProblem[] } | undefined;
  let received = '';
  const engine = (fromGrayMatter: string): object => {
    received = fromGrayMatter;
    // In a CRLF file the block's last line keeps its `\r` (gray-matter splits at `\n`): Jekyll and Hugo drop it.
    const source = fromGrayMatter.endsWith('\r') ? fromGrayMatter.slice(0, -1) : fromGrayMatter;
    read = layout === undefined ? readYaml(source, base, yamlVersion, lineOf, fromGrayMatter.length - source.length + 1) : { ...readToml(source, base, layout, lineOf), root: layout.root };
    return {};
  };
  try {
    matter(text.slice(openerStart, block.contentRange.end) + DELIMITER[block.kind], {
      language: block.kind,
      delimiters: DELIMITER[block.kind],
      excerpt: false,
      engines: { yaml: engine, toml: engine, javascript: refuseCode, js: refuseCode },
    });
  } catch {
    parsed.problems.push({ code: 'front-matter/syntax', severity: 'error', range: opener, message: 'This front matter cannot be read.' });
    return parsed;
  }
  if (layout?.firstTableStart !== undefined) parsed.insertOffset = layout.firstTableStart;
  // gray-matter skips its engine when the block holds only comments: that is an empty mapping.
  read ??= { data: {}, root: layout?.root ?? { range: { start: block.contentRange.start, end: block.contentRange.start }, entries: [] }, problems: [] };
  const cut = earlyCut(text, block, base, received);
  parsed.problems.push(...read.problems, ...cut);
  parsed.root = read.root;
  if (read.data !== undefined && cut.length === 0) parsed.data = read.data as Record<string, unknown>;
  return parsed;
}

/** The opening `---` or `+++` (after a byte order mark): where problems about the whole block are shown. */
export function openingDelimiter(block: FrontMatterBlock): TextRange {
  const start = block.range.start + (block.afterBom ? 1 : 0);
  return { start, end: start + DELIMITER[block.kind].length };
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

/**
 * gray-matter ends a block at the first line that merely starts with the delimiter, Jekyll and Hugo only
 * at a line that is exactly it: flag such a line, since the part after it was not read.
 */
function earlyCut(text: string, block: FrontMatterBlock, base: number, received: string): FrontMatterProblem[] {
  const expected = block.contentRange.end - 1 - base;
  if (received === '' || received.length >= expected) return [];
  const lineStart = base + received.length + 1;
  return [{
    code: 'front-matter/syntax',
    severity: 'error',
    range: { start: lineStart, end: lineEnd(text, lineStart) },
    message: `This line starts like the closing \`${DELIMITER[block.kind]}\` but is not one: remove it or quote its text.`,
  }];
}
