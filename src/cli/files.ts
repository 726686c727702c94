import * as l10n from '@vscode/l10n';
import { closeSync, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { GitIgnoreRules } from './gitignore';
import { compileIgnores, globFiles, hasGlobMagic, markdownInFolder, relativePosix, type FoundFile, type PathMatcher } from './glob';
import { ProjectConfigFiles } from './projectConfigFiles';

/** A post to check: a file (shown as the writer named it) or standard input. */
export interface PostSource {
  path: string;
  /** Undefined for standard input. */
  absolute?: string;
}

/** How standard input is named in messages and output. */
export const STDIN_PATH = '<stdin>';

/** The files the operands name, and a message for each operand that names none. */
export interface Expansion {
  sources: PostSource[];
  failures: string[];
}

/** What may leave a file out besides `!pattern` operands: `.gitignore` (on unless `--no-gitignore`). */
export interface ExpansionOptions {
  gitignore: boolean;
}

const LIMIT_HINT = ' (raise it with --max-size)';

/**
 * Turns operands into files: `-` is standard input, a file is itself, a folder is every Markdown file
 * under it, a glob (`posts/**\/*.md`, quoted so the shell leaves it alone) is every file it matches, and
 * `!pattern` leaves out what it matches. Files that `.gitignore` or the `ignores` of their
 * `.threadwright.json` exclude are left out too, as markdownlint-cli2 and ESLint do; a folder whose every
 * Markdown file is left out is a failure, not silence.
 */
export function expandOperands(operands: readonly string[], cwd: string, options: ExpansionOptions = { gitignore: true }): Expansion {
  const sources: PostSource[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  const negated = compileIgnores(operands.filter(isNegation).map((operand) => operand.slice(1)));
  const excluded = exclusionTest(cwd, options);
  const add = (source: PostSource) => {
    const key = source.absolute ?? STDIN_PATH;
    if (seen.has(key)) return;
    seen.add(key);
    if (source.absolute !== undefined && (negated(relativePosix(cwd, source.absolute)) || excluded(source.absolute))) return;
    sources.push(source);
  };
  for (const operand of operands) {
    if (isNegation(operand)) continue;
    if (operand === '-') {
      add({ path: STDIN_PATH });
      continue;
    }
    const absolute = resolve(cwd, operand);
    const stats = statIfExists(absolute);
    if (stats?.isDirectory()) {
      const found = markdownInFolder(operand, cwd);
      const before = sources.length;
      found.forEach((source) => add(source));
      if (found.length === 0) failures.push(l10n.t('{path}: no Markdown files (.md, .markdown) in this folder', { path: operand }));
      else if (sources.length === before) failures.push(`${operand}: its ${found.length} Markdown files are all left out by .gitignore, "ignores" or a !pattern (--no-gitignore checks what .gitignore excludes)`);
    } else if (stats !== undefined) {
      add({ path: operand, absolute });
    } else if (hasGlobMagic(operand)) {
      const found = globOperand(operand, cwd, failures);
      if (found?.length === 0) failures.push(l10n.t('{path}: no files match this pattern', { path: operand }));
      found?.forEach((source) => add(source));
    } else {
      failures.push(l10n.t('{path}: no such file or folder', { path: operand }));
    }
  }
  return { sources, failures };
}

/** `!drafts/**`: an operand that leaves files out rather than naming them (`!(…)` is an extglob instead). */
function isNegation(operand: string): boolean {
  return operand.length > 1 && operand.startsWith('!') && !operand.startsWith('!(');
}

function globOperand(pattern: string, cwd: string, failures: string[]): FoundFile[] | undefined {
  try {
    return globFiles(pattern, cwd);
  } catch (error) {
    failures.push(`${pattern}: ${(error as Error).message}`);
    return undefined;
  }
}

/** The test for files `.gitignore` or a project file's `ignores` leave out. */
function exclusionTest(cwd: string, options: ExpansionOptions): (absolute: string) => boolean {
  const gitignore = options.gitignore ? new GitIgnoreRules() : undefined;
  const configs = new ProjectConfigFiles(cwd);
  const byConfig = new Map<string, PathMatcher>();
  return (absolute) => {
    if (gitignore?.ignores(absolute) === true) return true;
    const project = configs.nearest(dirname(absolute));
    if (project?.config.ignores === undefined) return false;
    let matcher = byConfig.get(project.folder);
    if (matcher === undefined) {
      matcher = compileIgnores(project.config.ignores);
      byConfig.set(project.folder, matcher);
    }
    return matcher(relativePosix(project.folder, absolute));
  };
}

function statIfExists(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A post's text, or why it could not be read, as a phrase the caller puts after the path (`skipped: …`). */
export type ReadOutcome = { text: string } | { failure: string };

/** Reads a file as a post, refusing files over the size limit before reading them. */
export function readPostFile(absolute: string, maxBytes: number, limitHint = LIMIT_HINT): ReadOutcome {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(absolute, 'r');
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return { failure: 'a folder, not a file' };
    if (stats.size > maxBytes) return { failure: tooLarge(stats.size, maxBytes, limitHint) };
    const bytes = readFileSync(descriptor);
    return bytes.length > maxBytes ? { failure: tooLarge(bytes.length, maxBytes, limitHint) } : decodePost(bytes);
  } catch (error) {
    return { failure: describeFileError(error) };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Reads standard input as a post, stopping as soon as it is over the size limit. */
export async function readPostStdin(maxBytes: number): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > maxBytes) {
      process.stdin.destroy();
      return { failure: tooLarge(size, maxBytes, LIMIT_HINT, 'at least ') };
    }
  }
  return decodePost(Buffer.concat(chunks));
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a post's bytes as UTF-8, telling binary files and other encodings apart with a clear reason. */
export function decodePost(bytes: Uint8Array): ReadOutcome {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { failure: 'UTF-16 text; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { failure: `not a text file (it has a NUL byte at byte ${nul})` };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { failure: 'not valid UTF-8 text; save it as UTF-8' };
  }
}

function tooLarge(size: number, maxBytes: number, limitHint: string, qualifier = ''): string {
  return `${qualifier}${megabytes(size)} MB, over the ${megabytes(maxBytes)} MB limit${limitHint}`;
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'a folder, not a file';
  return (error as Error).message;
}
