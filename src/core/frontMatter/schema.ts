import Ajv, { type Options, type ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { PATH_KEYWORD, PRESETS, type Preset, type PresetName } from './presets';

/** What completions and hovers show for a key: from the schema's own annotations. */
export interface KeyInfo {
  description?: string;
  enum?: unknown[];
  examples?: unknown[];
}

/** A compiled schema with the facts about its top-level keys that checks, fixes and completions need. */
export interface CompiledSchema {
  validate: ValidateFunction;
  keys: ReadonlyMap<string, KeyInfo>;
  required: readonly string[];
  /** Keys whose values are workspace paths (marked `"threadwrightPath": true`). */
  pathKeys: readonly string[];
}

/** A writer's own schema, from the file `threadwright.frontMatter.schema` names. */
export interface UserSchema extends CompiledSchema {
  /** True when it replaces the preset rather than adding to it. */
  replacesPreset: boolean;
}

/** The rules one post is checked against: the preset, the user's schema, or both. */
export interface ActiveSchema {
  preset: Preset;
  validators: { validate: ValidateFunction; source: 'preset' | 'user' }[];
  keys: ReadonlyMap<string, KeyInfo>;
  required: readonly string[];
  pathKeys: readonly string[];
}

/**
 * Compiles a schema's `pattern`s, refusing one that repeats a group which itself repeats (`^(a+)+$`): JavaScript
 * backtracks through such a pattern in exponential time, so one short value would freeze validation.
 */
const safeRegExp = Object.assign((pattern: string, flags: string) => {
  if (hasNestedRepetition(pattern)) throw new Error(`the pattern ${pattern} repeats a group that starts with a repetition, which can take exponential time on a short value; write it so that each repetition starts with a fixed character, or without nested repetition.`);
  return new RegExp(pattern, flags);
}, { code: 'safeRegExp' });

const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: false, allowUnionTypes: true, code: { regExp: safeRegExp } };

function newAjv(draft: string | undefined, options: Options): Ajv {
  const AjvClass = draft?.includes('2020-12') ? Ajv2020 : draft?.includes('2019-09') ? Ajv2019 : Ajv;
  const ajv = new AjvClass(options);
  addFormats(ajv);
  ajv.addKeyword({ keyword: PATH_KEYWORD, schemaType: 'boolean' });
  return ajv;
}

const compiledPresets = new Map<PresetName, CompiledSchema>();

/** A preset's compiled schema, compiled once per session rather than on every keystroke. */
export function presetSchema(name: PresetName): CompiledSchema {
  let compiled = compiledPresets.get(name);
  if (compiled === undefined) {
    const schema = PRESETS[name].schema;
    // Stryker disable next-line BooleanLiteral: strict mode only refuses a faulty schema, and the presets compile either way
    compiled = { validate: newAjv(undefined, { ...AJV_OPTIONS, strict: true }).compile(schema), ...describe(schema) };
    compiledPresets.set(name, compiled);
  }
  return compiled;
}

/**
 * Compiles a writer's schema (already parsed from JSON, never run as code); the `$schema` picks the
 * draft (07 by default, 2019-09, 2020-12). A schema Ajv rejects gives the reason instead.
 */
export function compileUserSchema(schema: unknown, replacesPreset: boolean): UserSchema | { error: string } {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return { error: 'a JSON Schema is an object, `{ … }`.' };
  const draft = (schema as { $schema?: unknown }).$schema;
  try {
    const validate = newAjv(typeof draft === 'string' ? draft : undefined, AJV_OPTIONS).compile(schema);
    return { validate, ...describe(schema as Record<string, unknown>), replacesPreset };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const activeSchemas = new Map<PresetName, ActiveSchema>();
const activeWithUser = new WeakMap<UserSchema, Map<PresetName, ActiveSchema>>();

/** Combines a preset with the user's schema, once per pair. */
export function activeSchema(preset: PresetName, user?: UserSchema): ActiveSchema {
  const cache = user === undefined ? activeSchemas : activeWithUser.get(user) ?? new Map<PresetName, ActiveSchema>();
  if (user !== undefined) activeWithUser.set(user, cache);
  let active = cache.get(preset);
  if (active === undefined) {
    const parts = [
      ...(user?.replacesPreset ? [] : [{ compiled: presetSchema(preset), source: 'preset' as const }]),
      ...(user === undefined ? [] : [{ compiled: user as CompiledSchema, source: 'user' as const }]),
    ];
    active = {
      preset: PRESETS[preset],
      validators: parts.map(({ compiled, source }) => ({ validate: compiled.validate, source })),
      keys: new Map(parts.flatMap(({ compiled }) => [...compiled.keys])),
      required: [...new Set(parts.flatMap(({ compiled }) => compiled.required))],
      pathKeys: [...new Set(parts.flatMap(({ compiled }) => compiled.pathKeys))],
    };
    cache.set(preset, active);
  }
  return active;
}

/** Reads the annotations of a schema's top-level properties, following local `$ref`s one step. */
function describe(schema: Record<string, unknown>): Omit<CompiledSchema, 'validate'> {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const keys = new Map<string, KeyInfo>();
  const pathKeys: string[] = [];
  for (const [key, raw] of Object.entries(properties)) {
    const property = resolveLocal(schema, raw);
    const description = property.markdownDescription ?? property.description;
    keys.set(key, {
      description: typeof description === 'string' ? description : undefined,
      enum: Array.isArray(property.enum) ? property.enum : undefined,
      examples: Array.isArray(property.examples) ? property.examples : undefined,
    });
    if (property[PATH_KEYWORD] === true) pathKeys.push(key);
  }
  // Ajv has checked the schema against its draft by now, so a `required` list holds only strings.
  const required = Array.isArray(schema.required) ? schema.required as string[] : [];
  return { keys, required, pathKeys };
}

function resolveLocal(root: Record<string, unknown>, value: unknown): Record<string, unknown> {
  // Stryker disable next-line ConditionalExpression: the only other property schemas Ajv accepts are true and false, whose fields read as undefined too
  if (!isObject(value)) return {};
  const ref = value.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) target = isObject(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isObject(target) ? { ...target, ...value } : value;
}

const QUANTIFIER = /(?:[*+?]|\{(\d+)(,(\d*))?\})\??/y;
const GROUP_PREFIX = /\?(?:[:=!]|<[=!]|<[^>]*>)/y;

/** While reading one group: whether it is still at its start (only optional elements so far), and whether a repetition was there. */
interface GroupStart {
  atStart: boolean;
  startsRepeating: boolean;
}

/**
 * True when a group repeated by `*`, `+` or `{n,m}` starts with a repetition of its own (`(a+)+`, `(\w+\s?)*`,
 * `(-?\d+)+`): such a group can split a run of characters in exponentially many ways. `(-[a-z]+)*` is safe, since
 * every repetition must start with its `-`.
 */
export function hasNestedRepetition(pattern: string): boolean {
  const enclosing: GroupStart[] = [];
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: the top level is never repeated, so what it starts with is never read
  let group: GroupStart = { atStart: true, startsRepeating: false };
  const element = (startsRepeating: boolean, quantifier: Quantifier) => {
    if (!group.atStart) return;
    group.startsRepeating ||= startsRepeating || quantifier.repeats;
    group.atStart = quantifier.optional;
  };
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    if (character === '(') {
      enclosing.push(group);
      group = { atStart: true, startsRepeating: false };
      GROUP_PREFIX.lastIndex = index + 1;
      if (GROUP_PREFIX.test(pattern)) index = GROUP_PREFIX.lastIndex - 1;
    } else if (character === '|') {
      group.atStart = true;
    } else if (character === ')') {
      const inner = group;
      const outer = enclosing.pop();
      // An unmatched `)`: the pattern is no regular expression, as compiling it then says.
      if (outer === undefined) return false;
      group = outer;
      const quantifier = quantifierAt(pattern, index + 1);
      if (quantifier.repeats && inner.startsRepeating) return true;
      element(inner.startsRepeating, quantifier);
      index += quantifier.length;
    } else if (character !== '^' && character !== '$') {
      let end = character === '\\' ? index + 1 : index;
      if (character === '[') while (end + 1 < pattern.length && pattern[++end] !== ']') if (pattern[end] === '\\') end++;
      const quantifier = quantifierAt(pattern, end + 1);
      element(false, quantifier);
      index = end + quantifier.length;
    }
  }
  return false;
}

interface Quantifier {
  length: number;
  /** The element may match more than once. */
  repeats: boolean;
  /** The element may match nothing. */
  optional: boolean;
}

/** The quantifier at `index` (none has length 0), as what it lets the element before it do. */
function quantifierAt(pattern: string, index: number): Quantifier {
  QUANTIFIER.lastIndex = index;
  const match = QUANTIFIER.exec(pattern);
  if (match === null) return { length: 0, repeats: false, optional: false };
  const [text, low, range, high] = match;
  if (low === undefined) return { length: text.length, repeats: text[0] !== '?', optional: text[0] !== '+' };
  const most = range === undefined ? Number(low) : high === '' ? Infinity : Number(high);
  return { length: text.length, repeats: most > Math.max(1, Number(low)), optional: Number(low) === 0 };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
