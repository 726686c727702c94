import { dirname } from 'node:path';
import { analysePost, type PostAnalysisResult } from '../core/checks/analysis';
import { PlatformCounts } from '../core/count/countCache';
import type { ParsedArgs } from './args';
import { expandOperands, readPostFile, readPostStdin, type PostSource } from './files';
import { FrontMatterOptionsReader } from './frontMatterOptions';
import { locateProblems, problemLine, type Terminal } from './output';
import { readPostFlags, resolvePostOptions, type PostFlags, type PostOptions } from './postOptions';
import { ProjectConfigFiles, type LoadedProjectConfig } from './projectConfigFiles';

/** A post read and analysed with the options that govern it. */
export interface ReadPost {
  source: PostSource;
  text: string;
  analysis: PostAnalysisResult;
  counts: PlatformCounts;
  /** The options it was read with: the command line over its `.threadwright.json`. */
  options: PostOptions;
}

/**
 * Reads posts for `check` and `count`: each with its nearest `.threadwright.json`, through the core's
 * one `analysePost`. Problems with a post or its project file go to stderr, and the post is skipped.
 */
export class PostReader {
  private readonly configs: ProjectConfigFiles;
  private readonly reportedConfigs = new Set<string>();
  private readonly frontMatterOptions: FrontMatterOptionsReader;

  constructor(
    private readonly terminal: Terminal,
    private readonly cwd: string,
    private readonly flags: PostFlags,
  ) {
    this.configs = new ProjectConfigFiles(cwd);
    this.frontMatterOptions = new FrontMatterOptionsReader(cwd);
  }

  /** The analysed post, or undefined (after saying why on stderr) when it cannot be checked. */
  async read(source: PostSource): Promise<ReadPost | undefined> {
    const project = this.configs.nearest(source.absolute === undefined ? this.cwd : dirname(source.absolute));
    if (project !== undefined && !this.projectUsable(project)) {
      this.terminal.err(`threadwright: ${source.path}: skipped: ${project.path} has errors\n`);
      return undefined;
    }
    const read = source.absolute === undefined ? await readPostStdin(this.flags.maxBytes) : readPostFile(source.absolute, this.flags.maxBytes);
    if ('failure' in read) {
      this.terminal.err(`threadwright: ${source.path}: skipped: ${read.failure}\n`);
      return undefined;
    }
    return this.analyse(source, read.text, project);
  }

  /** A text analysed as the post at `source` would be (for the text `--fix` made from it). */
  reanalyse(post: ReadPost, text: string): ReadPost | undefined {
    return this.analyse(post.source, text, this.configs.nearest(post.source.absolute === undefined ? this.cwd : dirname(post.source.absolute)));
  }

  private analyse(source: PostSource, text: string, project: LoadedProjectConfig | undefined): ReadPost | undefined {
    const options = resolvePostOptions(this.flags, project);
    const frontMatter = this.frontMatterOptions.optionsFor(options, project, source.absolute);
    if ('error' in frontMatter) {
      this.terminal.err(`threadwright: ${source.path}: skipped: ${frontMatter.error}\n`);
      return undefined;
    }
    const counts = new PlatformCounts(options.platforms, { mastodonLimit: options.mastodonLimit });
    return { source, text, analysis: analysePost(text, { threadsHeadings: options.threadsHeadings, frontMatter }, counts), counts, options };
  }

  /** Prints a project file's problems once; it is usable when none of them is an error. */
  private projectUsable(project: LoadedProjectConfig): boolean {
    if (!this.reportedConfigs.has(project.path)) {
      this.reportedConfigs.add(project.path);
      for (const problem of locateProblems(project.text, project.problems)) this.terminal.err(problemLine({ ...this.terminal, colour: false }, project.path, problem));
    }
    return !project.problems.some((problem) => problem.severity === 'error');
  }
}

/**
 * Reads the one post `count` and `thread` take: exactly one file operand, read with the shared options.
 * Undefined (after saying why on stderr) when there is not exactly one file or it cannot be read.
 */
export async function readSinglePost(command: string, args: ParsedArgs, terminal: Terminal, cwd: string): Promise<ReadPost | undefined> {
  const flags = readPostFlags(args, cwd);
  const { sources, failures } = expandOperands(args.operands, cwd);
  failures.forEach((failure) => terminal.err(`threadwright: ${failure}\n`));
  if (sources.length !== 1) {
    if (sources.length > 1) terminal.err(`threadwright: ${command} takes one file; ${args.operands[0]} names ${sources.length}\n`);
    return undefined;
  }
  return new PostReader(terminal, cwd, flags).read(sources[0]);
}
