import type { Line } from './text';

/** What a line is, as far as the post model cares: the block structure, not the inline text. */
export type LineKind =
  | { type: 'blank' }
  | { type: 'heading'; level: number; text: string }
  | { type: 'thematicBreak' }
  | { type: 'fence' }
  | { type: 'code' }
  | { type: 'text' };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Classifies lines in order, tracking fenced code so a `#` inside a code block is not a heading. */
export function classifyLines(text: string, lines: readonly Line[]): LineKind[] {
  const kinds: LineKind[] = [];
  let openFence: string | undefined;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const fence = FENCE.exec(content);
    if (openFence !== undefined) {
      const closes = fence !== null && fence[1][0] === openFence[0] && fence[1].length >= openFence.length
        && content.trim() === fence[0].trim();
      if (closes) openFence = undefined;
      kinds.push(closes ? { type: 'fence' } : { type: 'code' });
      continue;
    }
    if (fence !== null && !(fence[1][0] === '`' && content.slice(fence[0].length).includes('`'))) {
      openFence = fence[1];
      kinds.push({ type: 'fence' });
      continue;
    }
    kinds.push(classifyPlainLine(content));
  }
  return kinds;
}

/** Classifies one line outside fenced code: the parser, the incremental model and the status bar all read lines through it. */
export function classifyPlainLine(content: string): LineKind {
  if (content.trim() === '') return { type: 'blank' };
  const heading = HEADING.exec(content);
  if (heading !== null) return { type: 'heading', level: heading[1].length, text: (heading[2] ?? '').trim() };
  if (THEMATIC_BREAK.test(content)) return { type: 'thematicBreak' };
  return { type: 'text' };
}
