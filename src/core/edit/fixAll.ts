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
  const reportKeepingMark = { ...analysis.frontMatter, problems: analysis.frontMatter.problems.filter((problem) => problem.code !== 'front-matter/bom') };
  const frontMatter = preferredFixes(reportKeepingMark, text, analysis.model, context);
  const threads = (analysis.model.threadsBlock?.threads ?? [])
    .map((thread) => ({ title: `Renumber thread ${thread.title === '' ? `(${thread.posts.length} posts)` : `"${thread.title}"`}`, replacements: renumberThread(thread, text) }))
    .filter((fix) => fix.replacements.length > 0);
  const fixes = [...frontMatter, ...threads];
  return { replacements: mergeReplacements(fixes.flatMap((fix) => fix.replacements)), titles: fixes.map((fix) => fix.title) };
}

