import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';

/**
 * Replaces a file's contents all at once: the new text goes to a temporary file beside it (same folder, so
 * the same disk), which is then renamed over the original. A reader sees the old file or the new one,
 * never half of either, and a crash leaves the original as it was. The file's permissions are kept.
 */
export function writeFileAtomically(absolute: string, text: string): void {
  const temporary = join(dirname(absolute), `.${basename(absolute)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', mode: statSync(absolute).mode, flag: 'wx' });
    renameSync(temporary, absolute);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never made or is already renamed.
    }
    throw error;
  }
}

/** The change as a unified diff (`--- a/path`, `+++ b/path`, three lines of context), as `git diff` shows it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/m, '');
}
