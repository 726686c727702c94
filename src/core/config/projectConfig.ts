import { parseJsonTree, type JsonNode, type JsonProperty } from './jsonTree';
import type { Problem } from '../post/problem';
import { NUMBERING_STYLES, type NumberingStyle } from './numberingStyles';

/** The project file's name: found at the workspace root by the extension, and walking up by the CLI. */
export const PROJECT_CONFIG_FILE = '.threadwright.json';

/** Platform names the project file and the CLI accept (the platforms of post-format.md). */
export const PLATFORM_NAMES = ['x', 'bluesky', 'mastodon', 'threads'] as const;
export type PlatformName = (typeof PLATFORM_NAMES)[number];

/** Front matter rule sets. */
export const PRESETS = ['jekyll', 'hugo'] as const;
export type Preset = (typeof PRESETS)[number];


/** Limits a repository may set: a Mastodon server's post length, and front matter title and description lengths. */
export interface ProjectLimits {
  mastodon?: number;
  title?: number;
  description?: number;
}

/** A repository's Threadwright rules, as written in `.threadwright.json`; absent keys mean "use the default". */
export interface ProjectConfig {
  /** Platforms in order; the first is primary. */
  platforms?: PlatformName[];
  preset?: Preset;
  /** A JSON Schema file for front matter, relative to the folder holding `.threadwright.json`. */
  schema?: string;
  limits?: ProjectLimits;
  numbering?: NumberingStyle;
  threadsHeadings?: string[];
  /** Globs, relative to the folder holding `.threadwright.json`, of files the CLI never checks. */
  ignores?: string[];
}

/** The valid part of a project file, and a problem (with its range in the file) for everything else. */
export interface ProjectConfigResult {
  config: ProjectConfig;
  problems: Problem[];
}

const LIMIT_KEYS = ['mastodon', 'title', 'description'] as const;
const MAX_LIMIT = 100_000;

/**
 * Reads `.threadwright.json` text into a typed config: the one validator behind the CLI and the
 * extension, so a repository's rules mean the same in the editor and in CI. Invalid keys are left
 * out of the config and reported; unknown keys are warnings, so typos are seen.
 */
export function parseProjectConfig(text: string): ProjectConfigResult {
  const parsed = parseJsonTree(text);
  if ('error' in parsed) {
    return { config: {}, problems: [{ code: 'config/syntax', severity: 'error', message: parsed.error.message, range: parsed.error.range }] };
  }
  const problems: Problem[] = [];
  const invalid = (node: { range: Problem['range'] }, message: string) =>
    problems.push({ code: 'config/invalid-value', severity: 'error', message, range: node.range });
  const root = parsed.root;
  if (root.type !== 'object') {
    invalid(root, 'The project file must be a JSON object, e.g. {"platforms": ["x"]}');
    return { config: {}, problems };
  }
  const config: ProjectConfig = {};
  for (const property of uniqueProperties(root.properties, problems)) {
    const { key, value } = property;
    switch (key) {
      case '$schema':
        if (value.type !== 'string') invalid(value, '`$schema` must be a string');
        break;
      case 'platforms': {
        const items = stringList(value, key, invalid);
        if (items === undefined) break;
        const names = items.map((item) => item.value);
        const bad = names.findIndex((name) => !isOneOf(PLATFORM_NAMES, name));
        const repeated = names.findIndex((name, index) => names.indexOf(name) !== index);
        if (bad !== -1) invalid(items[bad], `Unknown platform "${names[bad]}": use ${listOf(PLATFORM_NAMES)}`);
        else if (repeated !== -1) invalid(items[repeated], `"${names[repeated]}" is listed twice in \`platforms\``);
        else config.platforms = names as PlatformName[];
        break;
      }
      case 'preset':
        config.preset = oneOf(value, key, PRESETS, invalid);
        break;
      case 'numbering':
        config.numbering = oneOf(value, key, NUMBERING_STYLES, invalid);
        break;
      case 'schema':
        if (value.type === 'string' && value.value.trim() !== '') config.schema = value.value;
        else invalid(value, '`schema` must be the path of a JSON Schema file, relative to this file');
        break;
      case 'threadsHeadings': {
        const items = stringList(value, key, invalid);
        const blank = items?.find((item) => item.value.trim() === '');
        if (blank !== undefined) invalid(blank, 'A threads heading cannot be empty');
        else config.threadsHeadings = items?.map((item) => item.value);
        break;
      }
      case 'ignores':
        config.ignores = stringList(value, key, invalid)?.map((item) => item.value);
        break;
      case 'limits':
        config.limits = limits(value, problems, invalid);
        break;
      default:
        problems.push(unknownKey(property, ['platforms', 'preset', 'schema', 'limits', 'numbering', 'threadsHeadings', 'ignores']));
    }
  }
  for (const key of Object.keys(config) as (keyof ProjectConfig)[]) if (config[key] === undefined) delete config[key];
  return { config, problems };
}

type Report = (node: { range: Problem['range'] }, message: string) => void;

function uniqueProperties(properties: JsonProperty[], problems: Problem[]): JsonProperty[] {
  const seen = new Set<string>();
  return properties.filter((property) => {
    if (!seen.has(property.key)) {
      seen.add(property.key);
      return true;
    }
    problems.push({ code: 'config/invalid-value', severity: 'error', message: `"${property.key}" is set twice`, range: property.keyRange });
    return false;
  });
}

type StringNode = Extract<JsonNode, { type: 'string' }>;

/** The entries of a non-empty list of strings, each with its range for a problem on one entry. */
function stringList(node: JsonNode, key: string, invalid: Report): StringNode[] | undefined {
  if (node.type !== 'array' || node.items.length === 0) {
    invalid(node, `\`${key}\` must be a non-empty list of strings`);
    return undefined;
  }
  const notString = node.items.find((item) => item.type !== 'string');
  if (notString !== undefined) {
    invalid(notString, `Every entry of \`${key}\` must be a string`);
    return undefined;
  }
  return node.items as StringNode[];
}

function oneOf<T extends string>(node: JsonNode, key: string, allowed: readonly T[], invalid: Report): T | undefined {
  // Stryker disable next-line ConditionalExpression: a number, boolean or null is never one of the allowed names
  if (node.type === 'string' && isOneOf(allowed, node.value)) return node.value;
  invalid(node, `\`${key}\` must be ${listOf(allowed)}`);
  return undefined;
}

function limits(node: JsonNode, problems: Problem[], invalid: Report): ProjectLimits | undefined {
  if (node.type !== 'object') {
    invalid(node, '`limits` must be an object, e.g. {"mastodon": 500, "title": 60}');
    return undefined;
  }
  const result: ProjectLimits = {};
  for (const property of uniqueProperties(node.properties, problems)) {
    const { key, value } = property;
    if (!isOneOf(LIMIT_KEYS, key)) {
      problems.push(unknownKey(property, LIMIT_KEYS, 'limits.'));
      // Stryker disable next-line ConditionalExpression: only a number is an integer
    } else if (value.type === 'number' && Number.isInteger(value.value) && value.value >= 1 && value.value <= MAX_LIMIT) {
      result[key] = value.value;
    } else {
      invalid(value, `\`limits.${key}\` must be a whole number from 1 to ${MAX_LIMIT}`);
    }
  }
  return result;
}

function unknownKey(property: JsonProperty, known: readonly string[], prefix = ''): Problem {
  return {
    code: 'config/unknown-key',
    severity: 'warning',
    message: `Unknown key "${prefix}${property.key}" is ignored; known keys: ${known.map((key) => `${prefix}${key}`).join(', ')}`,
    range: property.keyRange,
  };
}

function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function listOf(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
