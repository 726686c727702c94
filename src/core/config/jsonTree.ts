import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { TextRange } from '../post/text';

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

/** The scanner's token kinds for brackets and the end, as jsonc-parser numbers them (its enum is `const`, so not importable). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, end: 17 } as const;

const EMPTY_MESSAGE = 'The file is empty: write a JSON object, e.g. {"platforms": ["x"]}';

/**
 * Parses JSON with comments and trailing commas (JSONC, as VS Code reads its own settings and markdownlint its
 * config) with jsonc-parser, keeping the source range of every key and value so problems point at the character.
 */
export function parseJsonTree(text: string): JsonParseResult {
  // A byte order mark becomes a space, so every offset stays the one the editor shows.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const tooDeep = firstTooDeep(source);
  if (tooDeep !== undefined) return { error: { message: `Nested more than ${MAX_DEPTH} levels deep`, range: { start: tooDeep, end: tooDeep + 1 } } };
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length > 0) return { error: describe(source, errors[0]) };
  if (root === undefined) return { error: { message: EMPTY_MESSAGE, range: { start: 0, end: 0 } } };
  return { root: toJsonNode(root) };
}

/** The offset of the first bracket that opens a level past MAX_DEPTH, found by the scanner, which never recurses. */
function firstTooDeep(text: string): number | undefined {
  // Stryker disable next-line BooleanLiteral: with trivia the scanner also returns spaces and comments, never brackets
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== TOKEN.end; kind = scanner.scan()) {
    if (kind === TOKEN.openBrace || kind === TOKEN.openBracket) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket) {
      depth--;
    }
  }
  return undefined;
}

/** A tree parsed without errors: jsonc-parser gives every object and array its children, every property its key and value. */
function toJsonNode(node: Node): JsonNode {
  const range = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object':
      return {
        type: 'object',
        range,
        properties: (node.children as Node[]).map((property) => {
          const [key, value] = property.children as [Node, Node];
          return { key: String(key.value), keyRange: { start: key.offset, end: key.offset + key.length }, value: toJsonNode(value) };
        }),
      };
    case 'array':
      return { type: 'array', range, items: (node.children as Node[]).map(toJsonNode) };
    case 'string':
      return { type: 'string', range, value: String(node.value) };
    case 'number':
      return { type: 'number', range, value: Number(node.value) };
    case 'boolean':
      return { type: 'boolean', range, value: node.value === true };
    default:
      return { type: 'null', range };
  }
}

/** A message a writer can act on for jsonc-parser's error code, over the text it points at. */
function describe(text: string, error: ParseError): { message: string; range: TextRange } {
  const start = Math.min(error.offset, text.length);
  const range = { start, end: Math.min(start + Math.max(error.length, 0), text.length) };
  const found = text.slice(range.start, range.end);
  const unquotedWord = /^[A-Za-z_$][\w$]*$/.test(found);
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      if (unquotedWord) return { message: `Unexpected word ${found}: text values need double quotes`, range };
      return { message: found.startsWith("'") ? 'Strings need double quotes in JSON' : `Unexpected character ${JSON.stringify(found.slice(0, 1))}`, range };
    case 'PropertyNameExpected':
      return { message: 'Expected a key in double quotes', range };
    case 'ValueExpected':
      return { message: start >= text.trimEnd().length ? 'The JSON ends too early: a value is missing' : 'Expected a value', range };
    case 'ColonExpected':
      return { message: 'Expected a colon after the key', range };
    case 'CommaExpected':
      return { message: 'Expected a comma between the values', range };
    case 'CloseBraceExpected':
      return { message: 'Expected a comma or } after the value', range };
    case 'CloseBracketExpected':
      return { message: 'Expected a comma or ] after the value', range };
    case 'EndOfFileExpected':
      return { message: 'Unexpected text after the end of the JSON value', range };
    case 'UnexpectedEndOfString':
      return { message: 'This string is never closed: add a double quote', range };
    case 'UnexpectedEndOfComment':
      return { message: 'This comment is never closed: add */', range };
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return { message: 'Invalid escape sequence', range };
    case 'InvalidCharacter':
      return { message: 'Control characters must be escaped inside strings', range };
    default:
      return { message: 'Not a valid number', range };
  }
}
