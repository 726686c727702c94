import type { CountCache } from './countCache';
import { checkFrontMatter, DEFAULT_FRONT_MATTER_OPTIONS, type FrontMatterOptions, type FrontMatterReport } from './frontMatter/check';
import { parsePost, type ParseOptions, type PostModel } from './postModel';
import { findTooLongPosts, type Problem } from './problems';

/** What the core needs to know to analyse a post: the same settings in the extension and the CLI. */
export type AnalysisOptions = ParseOptions & { frontMatter?: FrontMatterOptions };

/** A post read once, with every problem the extension and the CLI show for it. */
export interface PostAnalysisResult {
  model: PostModel;
  problems: Problem[];
  /** The front matter as read and checked, for quick fixes, completions and hovers. */
  frontMatter: FrontMatterReport;
}

/** Parses a post and runs every check on it: the one pipeline shared by the editor and `threadwright check`. */
export function analysePost(text: string, options: AnalysisOptions, counts: CountCache): PostAnalysisResult {
  const model = parsePost(text, options);
  const frontMatter = checkFrontMatter(text, model, options.frontMatter ?? DEFAULT_FRONT_MATTER_OPTIONS);
  const problems = [...findTooLongPosts(model, counts), ...frontMatter.problems];
  counts.endGeneration();
  return { model, problems, frontMatter };
}
