import type { Terminal } from './output';

/** Runs over fewer files finish before a progress line would help. */
const MIN_FILES = 100;
/** Redraw at most this often, so the line costs nothing next to the checking. */
const REDRAW_MS = 100;

/** The progress line of a long run: `checked 4,200/10,000 files` on a terminal, redrawn in place. */
export interface Progress {
  update(done: number): void;
  /** Removes the line before other output is written, and at the end. */
  clear(): void;
}

/**
 * A progress line on standard error, only when it is a terminal, the output is for people (`text`) and
 * there are many files; otherwise one that draws nothing, so logs and machine-read output stay clean.
 */
export function progressLine(terminal: Terminal, total: number, forPeople: boolean): Progress {
  if (!terminal.interactive || !forPeople || total < MIN_FILES) return { update: () => undefined, clear: () => undefined };
  const format = new Intl.NumberFormat('en-US');
  let shown = false;
  let drawnAt = 0;
  return {
    update(done) {
      const now = Date.now();
      if (now - drawnAt < REDRAW_MS && done < total) return;
      drawnAt = now;
      shown = true;
      terminal.err(`\r\u001b[2Kchecked ${format.format(done)}/${format.format(total)} files`);
    },
    clear() {
      if (!shown) return;
      shown = false;
      terminal.err('\r\u001b[2K');
    },
  };
}
