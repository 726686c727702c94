import type { PlatformCounts } from '../count/countCache';
import { FigureCache, findFiguresNotInBody } from './figures';
import { findNumberingProblems } from './numberingProblems';
import { checkFrontMatter, DEFAULT_FRONT_MATTER_OPTIONS, type FrontMatterOptions, type FrontMatterReport } from '../frontMatter/check';
import { parsePost, type ParseOptions, type PostModel } from '../post/postModel';
import { findTooLongPosts } from './tooLongPosts';
import { type Problem } from '../post/problem';

/** What the core needs to know to analyse a post: the same settings in the extension and the CLI. */
export type AnalysisOptions = ParseOptions & { frontMatter?: FrontMatterOptions };

/** A post read once, with every problem the extension and the CLI show for it. */
export interface PostAnalysisResult {
  model: PostModel;
  problems: Problem[];
  /** The front matter as read and checked, for quick fixes, completions and hovers. */
  frontMatter: FrontMatterReport;
  /** The figures read from each section and post, for the next analysis of the same document to reuse. */
  figures: FigureCache;
}

/**
 * Parses a post and runs every check on it: the one pipeline shared by the editor and `threadwright check`.
 * The editor passes the model it kept up to date while the writer typed, so the text is not parsed again, and the
 * previous analysis' figures, so only the sections and posts whose text changed are read for figures again.
 */
export function analysePost(
  text: string,
  options: AnalysisOptions,
  counts: PlatformCounts,
  model: PostModel = parsePost(text, options),
  figures: FigureCache = new FigureCache(),
): PostAnalysisResult {
  const frontMatter = checkFrontMatter(text, model, options.frontMatter ?? DEFAULT_FRONT_MATTER_OPTIONS);
  const problems = [
    ...frontMatter.problems,
    ...findTooLongPosts(model, counts),
    ...findNumberingProblems(model),
    ...findFiguresNotInBody(model, text, figures),
  ].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  counts.endGeneration();
  figures.endGeneration();
  return { model, problems, frontMatter, figures };
}
