import { fixAllPost } from '../core/edit/fixAll';
import { applyReplacements } from '../core/edit/splitJoin';
import type { PostSource } from './files';
import { unifiedDiff, writeFileAtomically } from './fixFile';
import { locateProblems, type LocatedProblem } from './output';
import type { PostReader, ReadPost } from './postReader';

/** What `check` does to each file besides reading it: report errors only, fix, or only show the fixes. */
export interface CheckJob {
  quiet: boolean;
  fix: boolean;
  dryRun: boolean;
}

/** One file checked: its problems (after fixing, with `--fix`), or undefined when it was skipped. */
export interface FileOutcome {
  path: string;
  problems?: LocatedProblem[];
  /** What the fixes changed, one title each (`Renumber thread "…"`). */
  fixed: string[];
  /** With `--fix --dry-run`: the unified diff of the fixes. */
  diff?: string;
  /** Lines for standard error: why the file was skipped, its project file's problems. */
  messages: string[];
}

/**
 * Checks one post: reads and analyses it, makes the fixes when asked (writing the file, or only the diff
 * for a dry run) and analyses the fixed text again, so the problems reported are those left.
 */
export async function checkFile(reader: PostReader, source: PostSource, job: CheckJob, messages: string[]): Promise<FileOutcome> {
  const read = await reader.read(source);
  if (read === undefined) return { path: source.path, fixed: [], messages };
  let post: ReadPost | undefined = read;
  const outcome: FileOutcome = { path: source.path, fixed: [], messages };
  if (job.fix) {
    const fixes = fixAllPost(read.analysis, read.text, { now: new Date() });
    const fixed = applyReplacements(read.text, fixes.replacements);
    if (fixed !== read.text) {
      outcome.fixed = fixes.titles;
      if (job.dryRun) outcome.diff = unifiedDiff(source.path, read.text, fixed);
      else if (source.absolute !== undefined) writeFileAtomically(source.absolute, fixed);
      post = reader.reanalyse(read, fixed);
    }
  }
  if (post === undefined) return { ...outcome, fixed: [] };
  const problems = locateProblems(post.text, post.analysis.problems);
  return { ...outcome, problems: job.quiet ? problems.filter((problem) => problem.severity === 'error') : problems };
}
