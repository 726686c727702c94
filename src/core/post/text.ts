/** A half-open span of UTF-16 offsets into the document text: `start <= i < end`. */
export interface TextRange {
  start: number;
  end: number;
}

/** One line of a document: where its text starts and ends, and where its line break ends. */
export interface Line {
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  end: number;
  /** End of the line including its line break (equals `end` on the last line). */
  endWithBreak: number;
}

/** Splits text into lines so every parser sees LF and CRLF files alike. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) {
      lines.push({ start, end: text.length, endWithBreak: text.length });
      return lines;
    }
    const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    lines.push({ start, end, endWithBreak: newline + 1 });
    start = newline + 1;
  }
}

/** Zero-based line and UTF-16 column, the way editors address text. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Maps offsets to line and column for consumers without an editor (the CLI). */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.lineStarts = splitLines(text).map((line) => line.start);
  }

  /** The line and column of an offset, found by binary search. */
  positionAt(offset: number): LineColumn {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, column: offset - this.lineStarts[low] };
  }
}

/** The text of a range with CRLF turned into LF, which is what a platform receives. */
export function publishedSlice(text: string, range: TextRange): string {
  return text.slice(range.start, range.end).replace(/\r\n/g, '\n');
}

/** The line break a document uses (that of its first line), so edits keep LF and CRLF files as they are. */
export function lineBreakOf(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * A copy of a string that keeps nothing else alive. Engines represent a slice as a view of the string it
 * was cut from, so a post text sliced from one version of a document would hold that whole version in
 * memory for as long as the post is kept; the incremental model keeps posts across many versions.
 */
export function detached(text: string): string {
  // Concatenating and slicing again makes the engine flatten into a new string of just these characters.
  return ` ${text}`.slice(1);
}

/** A replacement of one range of the document, as plain data the adapters turn into one edit. */
export interface TextReplacement {
  range: TextRange;
  text: string;
}
