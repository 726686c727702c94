import Ajv from 'ajv';
import PROJECT_CONFIG_SCHEMA from '../../../schemas/threadwright.schema.json';
import { parseJsonTree, type JsonNode } from './jsonTree';
import type { Problem } from '../post/problem';

let validator: ReturnType<Ajv['compile']> | undefined;

/** The JSON Schema VS Code validates `.threadwright.json` with (`contributes.jsonValidation`), compiled once. */
function validate(value: unknown): ReturnType<Ajv['compile']>['errors'] {
  // VS Code's own keywords (allowComments, enumDescriptions…) are not JSON Schema's; strict mode would refuse them.
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(PROJECT_CONFIG_SCHEMA);
  return validator(value) ? [] : validator.errors;
}

/**
 * Checks a project file against the shipped JSON Schema with Ajv, so CI refuses exactly what the editor's JSON
 * validation squiggles. Each problem sits on the value the schema refused; a file that does not parse gives none
 * (its syntax error is reported by `parseProjectConfig`).
 */
export function projectConfigSchemaProblems(text: string): Problem[] {
  const parsed = parseJsonTree(text);
  if ('error' in parsed) return [];
  return (validate(plainValue(parsed.root)) ?? []).map((error) => ({
    code: 'config/invalid-value',
    severity: 'error',
    message: `${error.instancePath === '' ? 'The file' : `\`${error.instancePath.slice(1).replace(/\//g, '.')}\``} ${error.message ?? 'is not valid'} (.threadwright.json schema)`,
    range: nodeAt(parsed.root, error.instancePath.split('/').slice(1)).range,
  }));
}

function plainValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.properties.map((property) => [property.key, plainValue(property.value)]));
    case 'array':
      return node.items.map(plainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** The node a JSON Pointer's segments lead to, or the deepest one found on the way. */
function nodeAt(node: JsonNode, segments: readonly string[]): JsonNode {
  const [head, ...rest] = segments;
  if (head === undefined) return node;
  const key = head.replace(/~1/g, '/').replace(/~0/g, '~');
  const child = node.type === 'object' ? [...node.properties].reverse().find((property) => property.key === key)?.value : node.type === 'array' ? node.items[Number(key)] : undefined;
  return child === undefined ? node : nodeAt(child, rest);
}
