import type { FrontMatterKind } from '../post/frontMatterBlock';

const YAML_PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} _./-]*$/u;
const YAML_RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?[\d._]+(?:e[-+]?\d+)?)$/i;

/** Writes text as a YAML or TOML scalar that reads back as exactly that text. */
export function textScalar(value: string, kind: FrontMatterKind, plainAllowed = true): string {
  if (kind === 'yaml') return plainAllowed && YAML_PLAIN.test(value) && !YAML_RESERVED.test(value) && !value.endsWith(' ') ? value : JSON.stringify(value);
  return `"${[...value].map(tomlChar).join('')}"`;
}

function tomlChar(char: string): string {
  switch (char) {
    case '"':
      return '\\"';
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\t':
      return '\\t';
    case '\r':
      return '\\r';
    default: {
      const code = char.codePointAt(0)!;
      return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : char;
    }
  }
}

/** Writes a list of words as a one-line list in the front matter's language. */
export function textList(values: readonly string[], kind: FrontMatterKind): string {
  return `[${values.map((value) => textScalar(value, kind)).join(', ')}]`;
}

/** A `key: value` (YAML) or `key = value` (TOML) line, ending with the document's line break. */
export function keyLine(key: string, scalar: string, kind: FrontMatterKind, eol: string): string {
  const name = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
  return kind === 'yaml' ? `${name}: ${scalar}${eol}` : `${name} = ${scalar}${eol}`;
}
