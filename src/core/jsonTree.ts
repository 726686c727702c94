import type { TextRange } from './text';

/** A JSON value with the range it was written at, so validators can point at the exact key or value. */
export type JsonNode =
  | { type: 'object'; range: TextRange; properties: JsonProperty[] }
  | { type: 'array'; range: TextRange; items: JsonNode[] }
  | { type: 'string'; range: TextRange; value: string }
  | { type: 'number'; range: TextRange; value: number }
  | { type: 'boolean'; range: TextRange; value: boolean }
  | { type: 'null'; range: TextRange };

/** One `"key": value` member of an object, in the order written (duplicates kept, for the validator to flag). */
export interface JsonProperty {
  key: string;
  keyRange: TextRange;
  value: JsonNode;
}

/** Either the parsed tree or the first syntax error, with where it is. */
export type JsonParseResult = { root: JsonNode } | { error: { message: string; range: TextRange } };

/** Deeper nesting than this is refused, so hostile input cannot exhaust the stack. */
const MAX_DEPTH = 64;

class JsonSyntaxError extends Error {
  constructor(message: string, readonly range: TextRange) {
    super(message);
  }
}

/**
 * Parses strict JSON (RFC 8259) keeping the source range of every key and value: `JSON.parse` gives
 * values only, and its error positions differ between engines.
 */
export function parseJsonTree(text: string): JsonParseResult {
  const reader = new JsonReader(text);
  try {
    return { root: reader.document() };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: { message: error.message, range: error.range } };
    throw error;
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

class JsonReader {
  private offset = 0;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.offset = 1;
  }

  document(): JsonNode {
    this.skipSpace();
    if (this.offset >= this.text.length) {
      throw new JsonSyntaxError('The file is empty: write a JSON object, e.g. {"platforms": ["x"]}', { start: 0, end: 0 });
    }
    const root = this.value(0);
    this.skipSpace();
    if (this.offset < this.text.length) this.fail('Unexpected text after the end of the JSON value', 1);
    return root;
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail(`Nested more than ${MAX_DEPTH} levels deep`, 1);
    const start = this.offset;
    const char = this.text[this.offset];
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"') return { type: 'string', value: this.string(), range: { start, end: this.offset } };
    NUMBER.lastIndex = start;
    const number = NUMBER.exec(this.text);
    if (number !== null) {
      this.offset = NUMBER.lastIndex;
      return { type: 'number', value: Number(number[0]), range: { start, end: this.offset } };
    }
    WORD.lastIndex = start;
    const word = WORD.exec(this.text)?.[0];
    if (word !== undefined) {
      const range = { start, end: start + word.length };
      this.offset = range.end;
      if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true', range };
      if (word === 'null') return { type: 'null', range };
      throw new JsonSyntaxError(`Unexpected word ${word}: text values need double quotes`, range);
    }
    if (char === undefined) this.fail('The JSON ends too early: a value is missing', 0);
    if (char === "'") this.fail('Strings need double quotes in JSON', 1);
    this.fail(`Unexpected character ${JSON.stringify(char)}`, 1);
  }

  private object(depth: number): JsonNode {
    const start = this.offset++;
    const properties: JsonProperty[] = [];
    this.skipSpace();
    if (this.text[this.offset] === '}') {
      this.offset++;
      return { type: 'object', properties, range: { start, end: this.offset } };
    }
    for (;;) {
      this.skipSpace();
      const keyStart = this.offset;
      if (this.text[this.offset] !== '"') this.fail(this.text[this.offset] === '}' ? 'A comma before } is not allowed in JSON' : 'Expected a key in double quotes', 1);
      const key = this.string();
      const keyRange = { start: keyStart, end: this.offset };
      this.skipSpace();
      this.expect(':', `Expected a colon after the key "${key}"`);
      this.skipSpace();
      properties.push({ key, keyRange, value: this.value(depth + 1) });
      this.skipSpace();
      if (this.text[this.offset] === '}') {
        this.offset++;
        return { type: 'object', properties, range: { start, end: this.offset } };
      }
      this.expect(',', 'Expected a comma or } after the value');
    }
  }

  private array(depth: number): JsonNode {
    const start = this.offset++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text[this.offset] === ']') {
      this.offset++;
      return { type: 'array', items, range: { start, end: this.offset } };
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.offset] === ']') this.fail('A comma before ] is not allowed in JSON', 1);
      items.push(this.value(depth + 1));
      this.skipSpace();
      if (this.text[this.offset] === ']') {
        this.offset++;
        return { type: 'array', items, range: { start, end: this.offset } };
      }
      this.expect(',', 'Expected a comma or ] after the value');
    }
  }

  private string(): string {
    const start = this.offset++;
    let value = '';
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined || char === '\n' || char === '\r') {
        throw new JsonSyntaxError('This string is never closed: add a double quote', { start, end: this.offset });
      }
      if (char === '"') {
        this.offset++;
        return value;
      }
      if (char < ' ') this.fail('Control characters must be escaped inside strings', 1);
      if (char !== '\\') {
        value += char;
        this.offset++;
        continue;
      }
      const escape = this.text[this.offset + 1];
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.offset + 2, this.offset + 6))) {
        value += String.fromCharCode(parseInt(this.text.slice(this.offset + 2, this.offset + 6), 16));
        this.offset += 6;
      } else if (escape !== undefined && escape in ESCAPES) {
        value += ESCAPES[escape];
        this.offset += 2;
      } else {
        this.fail('Invalid escape sequence', 2);
      }
    }
  }

  private skipSpace(): void {
    for (;;) {
      const char = this.text[this.offset];
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') this.offset++;
      else if (char === '/' && (this.text[this.offset + 1] === '/' || this.text[this.offset + 1] === '*')) this.fail('Comments are not allowed in JSON', 2);
      else return;
    }
  }

  private expect(char: string, message: string): void {
    if (this.text[this.offset] !== char) this.fail(message, 1);
    this.offset++;
  }

  private fail(message: string, length: number): never {
    const start = Math.min(this.offset, this.text.length);
    throw new JsonSyntaxError(message, { start, end: Math.min(start + length, this.text.length) });
  }
}
