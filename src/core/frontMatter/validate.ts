import type { ErrorObject } from 'ajv';
import type { TextRange } from '../post/text';
import type { ActiveSchema } from './schema';
import { entryOf, nodeAtPath, rangeAtPath, type FrontMatterNode, type FrontMatterProblem } from './tree';

const MAX_SCHEMA_PROBLEMS = 50;

/**
 * Validates front matter data against the active schema and turns each Ajv error into a problem a writer
 * understands, on the offending key or value (a missing key lands on the opening delimiter).
 */
export function validateFrontMatter(data: Record<string, unknown>, root: FrontMatterNode | undefined, schema: ActiveSchema, opener: TextRange): FrontMatterProblem[] {
  const json = toJsonLike(data, 0);
  const problems: FrontMatterProblem[] = [];
  for (const { validate, source } of schema.validators) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: Ajv sets errors exactly when validation fails; the second test only narrows the type
    if (validate(json) || validate.errors == null) continue;
    for (const error of mostTelling(validate.errors)) {
      problems.push(problemOf(error, source === 'preset' ? `the ${schema.preset.displayName} preset` : 'your front matter schema', json, root, opener));
    }
  }
  return problems.sort((a, b) => a.range.start - b.range.start).slice(0, MAX_SCHEMA_PROBLEMS);
}

/** Keeps one error per value: an `anyOf`/`oneOf` error stands for the branch errors under it. */
function mostTelling(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf');
  const kept: ErrorObject[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (alternatives.some((alternative) => error.schemaPath.startsWith(`${alternative.schemaPath}/`))) continue;
    const key = error.keyword === 'required' || error.keyword === 'additionalProperties' ? `${error.instancePath}|${JSON.stringify(error.params)}` : error.instancePath;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(error);
  }
  return kept;
}

/** The path Ajv's JSON pointer names in the data: a step into a list is its index, a step into a mapping its key (`2:` too). */
function pathOf(instancePath: string, data: unknown): (string | number)[] {
  if (instancePath === '') return [];
  const path: (string | number)[] = [];
  let container = data;
  for (const part of instancePath.slice(1).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(container) ? Number(key) : key;
    path.push(step);
    container = typeof container === 'object' && container !== null ? (container as Record<string | number, unknown>)[step] : undefined;
  }
  return path;
}

function nameOf(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'The front matter';
  let name = '';
  let item: number | undefined;
  for (const step of path) {
    if (typeof step === 'number') item = step;
    else name = name === '' ? step : `${name}.${step}`;
  }
  return item === undefined ? `\`${name}\`` : `\`${name}\` item ${item + 1}`;
}

function problemOf(error: ErrorObject, rulesName: string, data: unknown, root: FrontMatterNode | undefined, opener: TextRange): FrontMatterProblem {
  const path = pathOf(error.instancePath, data);
  if (error.keyword === 'required') {
    const key = String((error.params as { missingProperty: string }).missingProperty);
    // Stryker disable next-line ConditionalExpression: a fast path; rangeAtPath of the empty path is undefined too
    const where = path.length === 0 ? undefined : rangeAtPath(root, path)?.range;
    return { code: 'front-matter/missing-key', severity: 'warning', range: where ?? opener, path: [...path, key], message: `${nameOf([...path, key])} is missing: ${rulesName} requires it.` };
  }
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const range = entryOf(nodeAtPath(root, path), key)?.keyRange ?? rangeAtPath(root, [...path, key])?.range ?? opener;
    return { code: 'front-matter/invalid-value', severity: 'error', range, path: [...path, key], message: `${nameOf([...path, key])} is not a key ${rulesName} allows.` };
  }
  const range = rangeAtPath(root, path)?.range ?? opener;
  return { code: 'front-matter/invalid-value', severity: 'error', range, path, message: `${nameOf(path)} ${explain(error)}.` };
}

/** The rule a value broke, in words: "must look like 2024-08-21 10:00:00 +0100", "must be true or false". */
function explain(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as { examples?: unknown[]; anyOf?: unknown[]; oneOf?: unknown[] };
  const example = Array.isArray(schema.examples) && schema.examples.length > 0 ? String(schema.examples[0]) : undefined;
  switch (error.keyword) {
    case 'type':
      return `must be ${describeTypes(error.schema)}`;
    case 'format':
    case 'pattern':
      if (example !== undefined) return `must look like ${example}`;
      return error.keyword === 'format' ? `must be a valid ${String(error.schema)}` : `must match the pattern ${String(error.schema)}`;
    case 'anyOf':
    case 'oneOf': {
      if (example !== undefined) return `must look like ${example}`;
      const branches = (error.schema as { type?: unknown }[]).map((branch) => describeTypes(branch.type)).filter((words) => words !== '');
      return branches.length > 0 ? `must be ${[...new Set(branches)].join(' or ')}` : 'does not match any of the allowed forms';
    }
    case 'enum':
      return `must be one of: ${(error.schema as unknown[]).map((value) => String(value)).join(', ')}`;
    case 'const':
      return `must be ${String(error.schema)}`;
    default:
      // Stryker disable next-line StringLiteral: Ajv gives every error a message (its `messages` option is left on)
      return error.message ?? 'is not allowed';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  array: 'a list',
  object: '`key: value` pairs',
  null: 'empty',
};

function describeTypes(type: unknown): string {
  // Stryker disable next-line MethodExpression,ConditionalExpression: Ajv refuses a type that is not a type name, and a missing type joins to '' either way
  const types = (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
  return types.map((name) => TYPE_WORDS[name] ?? name).join(' or ');
}

/** Plain JSON values for Ajv: dates as the text the generator reads, maps and sets as objects and lists. */
function toJsonLike(value: unknown, depth: number): unknown {
  if (depth > 64) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  // Stryker disable next-line ConditionalExpression,StringLiteral: neither reader gives a bigint (yaml without intAsBigInt; smol-toml refuses a lossy integer)
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Map) return toJsonLike(Object.fromEntries([...value].map(([key, item]) => [String(key), item])), depth);
  if (value instanceof Set) return toJsonLike([...value], depth);
  if (Array.isArray(value)) return value.map((item) => toJsonLike(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, toJsonLike(item, depth + 1)]));
  }
  return value;
}
