import type { PlatformCounts } from './countCache';
import { findFiguresNotInBody } from './figures';
import { findNumberingProblems } from './numberingProblems';
import { parsePost, type ParseOptions, type PostModel } from './postModel';
import { findTooLongPosts, type Problem } from './problems';

/** What the core needs to know to analyse a post: the same settings in the extension and the CLI. */
export type AnalysisOptions = ParseOptions;

/** A post read once, with every problem the extension and the CLI show for it. */
export interface PostAnalysisResult {
  model: PostModel;
  problems: Problem[];
}

/** Parses a post and runs every check on it: the one pipeline shared by the editor and `threadwright check`. */
export function analysePost(text: string, options: AnalysisOptions, counts: PlatformCounts): PostAnalysisResult {
  const model = parsePost(text, options);
  const problems = [...findTooLongPosts(model, counts)];
  problems.push(...findNumberingProblems(model));
  problems.push(...findFiguresNotInBody(model, text));
  counts.endGeneration();
  return { model, problems };
}
