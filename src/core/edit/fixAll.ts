import type { PostAnalysisResult } from '../checks/analysis';
import { mergeReplacements, preferredFixes, type FixContext } from '../frontMatter/fixes';
import { renumberThread } from './numbering';
import { type TextReplacement } from '../post/text';

/** What fixing a whole post changes: the edits, applied together, and one line for each fix made. */
export interface PostFixes {
  replacements: TextReplacement[];
  titles: string[];
}

/**
 * Every fix that is safe to make without asking: the front matter's preferred fixes (Fix All in the editor)
 * and Renumber Thread for each thread whose labels are off. Byte order marks are kept: removing one changes
 * the file's encoding, which the writer decides. Overlapping edits are left out, as in the editor.
 */
export function fixAllPost(analysis: PostAnalysisResult, text: string, context: FixContext): PostFixes {
  const frontMatter = preferredFixes(analysis.frontMatter, text, analysis.model, context).filter((fix) => !fix.replacements.some(removesByteOrderMark(text)));
  const threads = (analysis.model.threadsBlock?.threads ?? [])
    .map((thread) => ({ title: `Renumber thread ${thread.title === '' ? `(${thread.posts.length} posts)` : `"${thread.title}"`}`, replacements: renumberThread(thread, text) }))
    .filter((fix) => fix.replacements.length > 0);
  const fixes = [...frontMatter, ...threads];
  const replacements = fixes.flatMap((fix) => fix.replacements).map((replacement) => outsideLineBreaks(text, replacement));
  return { replacements: mergeReplacements(replacements), titles: fixes.map((fix) => fix.title) };
}

/**
 * A replacement moved off the middle of a CRLF, as an editor applies it (it cannot address a position
 * between `\r` and `\n`), so a value range that ends with a line's `\r` never joins two lines.
 */
function outsideLineBreaks(text: string, { range, text: inserted }: TextReplacement): TextReplacement {
  const inCrlf = (offset: number) => offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n';
  const start = inCrlf(range.start) ? range.start - 1 : range.start;
  const end = inCrlf(range.end) ? range.end - 1 : range.end;
  return { range: { start: Math.min(start, end), end }, text: inserted };
}

function removesByteOrderMark(text: string): (replacement: TextReplacement) => boolean {
  return ({ range }) => range.start === 0 && range.end > 0 && text.startsWith('\uFEFF');
}
