import { closeSync, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { expandBraces, hasGlobMagic, splitPattern, walkMatches, type FoundFile } from './glob';

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

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
const LIMIT_HINT = ' (raise it with --max-size)';

/**
 * Turns operands into files: `-` is standard input, a file is itself, a folder is every Markdown file
 * under it, and a glob (`posts/**\/*.md`, quoted so the shell leaves it alone) is every file it matches.
 */
export function expandOperands(operands: readonly string[], cwd: string): Expansion {
  const sources: PostSource[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  const add = (source: PostSource) => {
    const key = source.absolute ?? STDIN_PATH;
    if (seen.has(key)) return;
    seen.add(key);
    sources.push(source);
  };
  for (const operand of operands) {
    if (operand === '-') {
      add({ path: STDIN_PATH });
      continue;
    }
    const absolute = resolve(cwd, operand);
    const stats = statIfExists(absolute);
    if (stats?.isDirectory()) {
      // Files under `.` print as `_posts/…`, not `./_posts/…`, the way the writer names them.
      const shownBase = operand === '.' || operand === './' ? '' : operand;
      const found = walkMatches(cwd, shownBase, ['globstar', (name) => MARKDOWN_FILE.test(name) && !name.startsWith('.')]);
      if (found.length === 0) failures.push(`${operand}: no Markdown files (.md, .markdown) in this folder`);
      found.forEach(add);
    } else if (stats !== undefined) {
      add({ path: operand, absolute });
    } else if (hasGlobMagic(operand)) {
      const found = globFiles(operand, cwd, failures);
      if (found?.length === 0) failures.push(`${operand}: no files match this pattern`);
      found?.forEach(add);
    } else {
      failures.push(`${operand}: no such file or folder`);
    }
  }
  return { sources, failures };
}

function globFiles(pattern: string, cwd: string, failures: string[]): FoundFile[] | undefined {
  const normalised = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  let alternatives: string[];
  try {
    alternatives = expandBraces(normalised);
  } catch (error) {
    failures.push(`${pattern}: ${(error as Error).message}`);
    return undefined;
  }
  return alternatives.flatMap((alternative) => {
    const { base, segments } = splitPattern(alternative);
    return walkMatches(cwd, base, segments);
  });
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
