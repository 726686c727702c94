import type { TextRange } from '../post/text';
import type { FrontMatterEntry, FrontMatterNode } from './tree';

/** Where TOML front matter's keys and values are: the root table, and where its first `[table]` starts. */
export interface TomlLayout {
  root: FrontMatterNode;
  /** Offset of the first table header; keys added after it would belong to that table. */
  firstTableStart?: number;
}

const MAX_DEPTH = 32;

/**
 * Locates the keys and values of TOML text by walking it with TOML's own lexical rules (keys bare or
 * quoted and dotted, basic/literal/multi-line strings, arrays and inline tables over several lines,
 * comments). smol-toml reads the data; this only adds the positions it does not report. Never throws.
 */
export function locateToml(text: string, range: TextRange): TomlLayout {
  return new TomlScanner(text, range.end).scan(range.start);
}

class TomlScanner {
  private pos = 0;

  constructor(private readonly text: string, private readonly end: number) {}

  scan(start: number): TomlLayout {
    this.pos = start;
    const root: FrontMatterNode = { range: { start, end: this.end }, entries: [] };
    let table: FrontMatterEntry | undefined;
    let firstTableStart: number | undefined;
    // Stryker disable next-line EqualityOperator: at the end, the check below stops the scan
    while (this.pos < this.end) {
      this.skipBlank();
      const lineStart = this.lineStartOf(this.pos);
      const char = this.text[this.pos];
      // Stryker disable next-line ConditionalExpression,EqualityOperator: at the end no key is found, and skipLine stops the scan all the same
      if (this.pos >= this.end) break;
      // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a fast path; a blank or comment line holds no key, so keyValue finds none and the line is skipped all the same
      if (char === '\n' || char === '\r' || char === '#') {
        this.skipLine();
      } else if (char === '[') {
        firstTableStart ??= lineStart;
        table = this.tableHeader();
        if (table !== undefined) root.entries!.push(table);
        this.skipLine();
      } else {
        const entry = this.keyValue(0);
        if (entry === undefined) {
          this.skipLine();
          continue;
        }
        entry.lines = this.ownLines(lineStart, entry.value.range.end);
        (table === undefined ? root : table.value).entries!.push(entry);
      }
    }
    return { root, firstTableStart };
  }

  private tableHeader(): FrontMatterEntry | undefined {
    const headerStart = this.pos;
    const arrayOfTables = this.text.startsWith('[[', this.pos);
    this.pos += arrayOfTables ? 2 : 1;
    this.skipBlank();
    const key = this.key();
    if (key === undefined) return undefined;
    const closing = arrayOfTables ? ']]' : ']';
    const close = this.text.indexOf(closing, this.pos);
    // Stryker disable next-line UnaryOperator: the bracket comes after `[` and a key, so it is never at offset 1
    const headerEnd = close === -1 || close > this.end ? this.pos : close + closing.length;
    return { key: key.first, keyRange: key.firstRange, value: { range: { start: headerStart, end: headerEnd }, entries: [] } };
  }

  private keyValue(depth: number): FrontMatterEntry | undefined {
    const key = this.key();
    if (key === undefined) return undefined;
    this.skipBlank();
    if (this.text[this.pos] !== '=') return undefined;
    this.pos++;
    this.skipBlank();
    return { key: key.first, keyRange: key.firstRange, value: this.value(depth) };
  }

  /** A dotted key; the entry is filed under its first part, which is the top-level key. */
  private key(): { first: string; firstRange: TextRange } | undefined {
    let first: { first: string; firstRange: TextRange } | undefined;
    for (;;) {
      this.skipBlank();
      const start = this.pos;
      const char = this.text[this.pos];
      let name: string;
      if (char === '"' || char === "'") {
        this.singleLineString(char);
        name = this.unquote(this.text.slice(start, this.pos));
      } else {
        while (this.pos < this.end && /[A-Za-z0-9_-]/.test(this.text[this.pos])) this.pos++;
        if (this.pos === start) return first;
        name = this.text.slice(start, this.pos);
      }
      first ??= { first: name, firstRange: { start, end: this.pos } };
      this.skipBlank();
      if (this.text[this.pos] !== '.') return first;
      this.pos++;
    }
  }

  private value(depth: number): FrontMatterNode {
    const start = this.pos;
    const char = this.text[this.pos];
    if (this.text.startsWith('"""', this.pos) || this.text.startsWith("'''", this.pos)) {
      this.multiLineString(char);
    } else if (char === '"' || char === "'") {
      this.singleLineString(char);
    } else if (char === '[' || char === '{') {
      return depth < MAX_DEPTH ? this.collection(char, depth) : this.unmapped(start);
    } else {
      this.bareValue();
    }
    return { range: { start, end: this.pos } };
  }

  private collection(open: '[' | '{', depth: number): FrontMatterNode {
    const start = this.pos;
    const close = open === '[' ? ']' : '}';
    const node: FrontMatterNode = open === '[' ? { range: { start, end: start }, items: [] } : { range: { start, end: start }, entries: [] };
    this.pos++;
    while (this.pos < this.end) {
      this.skipSpaceAndComments();
      const char = this.text[this.pos];
      if (char === close) {
        this.pos++;
        break;
      }
      if (char === ',') {
        this.pos++;
        continue;
      }
      const before = this.pos;
      if (open === '[') node.items!.push(this.value(depth + 1));
      else {
        const entry = this.keyValue(depth + 1);
        if (entry !== undefined) node.entries!.push(entry);
      }
      if (this.pos === before) this.pos++;
    }
    node.range.end = this.pos;
    return node;
  }

  /** A collection nested too deeply to map: its whole text, brackets balanced, strings and comments passed over. */
  private unmapped(start: number): FrontMatterNode {
    let open = 0;
    while (this.pos < this.end) {
      const char = this.text[this.pos];
      if (this.text.startsWith('"""', this.pos) || this.text.startsWith("'''", this.pos)) this.multiLineString(char);
      else if (char === '"' || char === "'") this.singleLineString(char);
      else if (char === '#') this.skipLine();
      else {
        this.pos++;
        if (char === '[' || char === '{') open++;
        else if ((char === ']' || char === '}') && --open === 0) break;
      }
    }
    return { range: { start, end: this.pos } };
  }

  private singleLineString(quote: string): void {
    this.pos++;
    while (this.pos < this.end && this.text[this.pos] !== quote && this.text[this.pos] !== '\n') {
      this.pos += quote === '"' && this.text[this.pos] === '\\' ? 2 : 1;
    }
    if (this.text[this.pos] === quote) this.pos++;
  }

  private multiLineString(quote: string): void {
    const delimiter = quote.repeat(3);
    this.pos += 3;
    while (this.pos < this.end && !this.text.startsWith(delimiter, this.pos)) {
      this.pos += quote === '"' && this.text[this.pos] === '\\' ? 2 : 1;
    }
    this.pos = Math.min(this.pos + 3, this.end);
    // A closing delimiter may be followed by up to two more quotes that belong to the string.
    for (let extra = 0; extra < 2 && this.text[this.pos] === quote; extra++) this.pos++;
  }

  /** Numbers, booleans and dates; a date may have a space before its time (`1979-05-27 07:32:00Z`). */
  private bareValue(): void {
    while (this.pos < this.end && !/[\s,\]}#]/.test(this.text[this.pos])) this.pos++;
    // Stryker disable next-line Regex: each slice is as long as its pattern, so the anchors change nothing
    if (/^\d{4}-\d{2}-\d{2}$/.test(this.text.slice(this.pos - 10, this.pos)) && /^ \d{2}:/.test(this.text.slice(this.pos, this.pos + 4))) {
      this.pos++;
      this.bareValue();
    }
  }

  private unquote(quoted: string): string {
    const inner = quoted.slice(1, quoted.endsWith(quoted[0]) && quoted.length > 1 ? -1 : undefined);
    if (quoted[0] === "'") return inner;
    return inner.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, escape: string) => {
      if (escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
      return ({ b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b' } as Record<string, string>)[escape] ?? escape;
    });
  }

  private skipBlank(): void {
    while (this.pos < this.end && (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')) this.pos++;
  }

  private skipSpaceAndComments(): void {
    for (;;) {
      while (this.pos < this.end && /\s/.test(this.text[this.pos])) this.pos++;
      if (this.text[this.pos] !== '#') return;
      this.skipLine();
    }
  }

  private skipLine(): void {
    const newline = this.text.indexOf('\n', this.pos);
    this.pos = newline === -1 || newline >= this.end ? this.end : newline + 1;
  }

  private lineStartOf(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The lines from `lineStart` to the end of the value's line, when only a comment follows the value. */
  private ownLines(lineStart: number, valueEnd: number): TextRange | undefined {
    this.pos = valueEnd;
    this.skipBlank();
    const char = this.text[this.pos];
    if (this.pos < this.end && char !== '#' && char !== '\n' && char !== '\r') return undefined;
    this.skipLine();
    return { start: lineStart, end: this.pos };
  }
}
