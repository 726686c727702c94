import Ajv, { type ErrorObject } from 'ajv';
import PROJECT_CONFIG_SCHEMA from '../../../schemas/threadwright.schema.json';
import { parseJsonTree, type JsonNode } from './jsonTree';
import type { Problem } from '../post/problem';

let validator: ReturnType<Ajv['compile']> | undefined;

/** The JSON Schema VS Code validates `.threadwright.json` with (`contributes.jsonValidation`), compiled once. */
function validate(value: unknown): ErrorObject[] {
  // VS Code's own keywords (allowComments, enumDescriptions…) are not JSON Schema's; strict mode would refuse them.
  // Stryker disable next-line AssignmentOperator,ObjectLiteral,BooleanLiteral: compiled once per process, before a mutant is switched on; tests of two errors in one file and of VS Code's keywords check the options
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(PROJECT_CONFIG_SCHEMA);
  // Ajv sets `errors` whenever a value fails.
  return validator(value) ? [] : validator.errors!;
}

/**
 * Checks a project file against the shipped JSON Schema with Ajv, so CI refuses exactly what the editor's JSON
 * validation squiggles. Each problem sits on the value the schema refused; a file that does not parse gives none
 * (its syntax error is reported by `parseProjectConfig`).
 */
export function projectConfigSchemaProblems(text: string): Problem[] {
  const parsed = parseJsonTree(text);
  if ('error' in parsed) return [];
  return validate(plainValue(parsed.root)).map((error) => ({
    code: 'config/invalid-value',
    severity: 'error',
    message: `${error.instancePath === '' ? 'The file' : `\`${error.instancePath.slice(1).replace(/\//g, '.')}\``} ${error.message} (.threadwright.json schema)`,
    range: nodeAt(parsed.root, error.instancePath.split('/').slice(1)).range,
  }));
}

function plainValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.properties.map((property) => [property.key, plainValue(property.value)]));
    case 'array':
      return node.items.map(plainValue);
    // Stryker disable next-line ConditionalExpression,StringLiteral: where the schema wants a type, Ajv refuses a missing value as it refuses null
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/**
 * The node an Ajv instance path's segments lead to. Each leads into the data, and to the last copy of a repeated key
 * (the one `plainValue` keeps). The schema checks values under its own key names only, none with `~` or `/`.
 */
function nodeAt(node: JsonNode, segments: readonly string[]): JsonNode {
  const [head, ...rest] = segments;
  if (head === undefined) return node;
  if (node.type === 'object') return nodeAt([...node.properties].reverse().find((property) => property.key === head)!.value, rest);
  return nodeAt((node as Extract<JsonNode, { type: 'array' }>).items[Number(head)], rest);
}
