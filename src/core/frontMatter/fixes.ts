import type { FrontMatterKind } from '../post/frontMatterBlock';
import { lineBreakOf, type TextRange, type TextReplacement } from '../post/text';
import type { PostModel } from '../post/postModel';
import type { FrontMatterReport } from './check';
import { formatDate, partsOfLocalTime, readLooseDate } from './dates';
import type { ActiveSchema } from './schema';
import { earlierEntryNamed, entryOf, type FrontMatterEntry, type FrontMatterNode, type FrontMatterProblem, type ParsedFrontMatter } from './tree';
import { keyLine, textList, textScalar } from './values';

/** One way to fix a problem: a title for the light bulb and the replacements, applied as one edit. */
export interface FrontMatterFix {
  title: string;
  replacements: TextReplacement[];
  /** The fix "Fix all" applies: safe to make without asking. */
  preferred: boolean;
}

/** What fixes need besides the post: the clock, for today's date. */
export interface FixContext {
  now: Date;
}

const LIST_KEYS = new Set(['categories', 'tags', 'keywords', 'aliases']);

/** The fixes for one front matter problem, computed from the report the diagnostics came from. */
export function fixesFor(problem: FrontMatterProblem, report: FrontMatterReport, text: string, model: PostModel, context: FixContext): FrontMatterFix[] {
  const parsed = report.parsed;
  if (problem.code === 'front-matter/bom') {
    const offset = text.indexOf('\uFEFF');
    return offset === 0 ? [{ title: 'Remove the byte order mark', replacements: [{ range: { start: 0, end: 1 }, text: '' }], preferred: true }] : [];
  }
  if (parsed === undefined || problem.path === undefined) return [];
  const [key] = problem.path;
  if (typeof key !== 'string') return [];
  switch (problem.code) {
    case 'front-matter/missing-key':
      return problem.path.length === 1 && parsed.root !== undefined ? [addKeyFix(key, parsed, report.schema, text, model, context)] : [];
    case 'front-matter/duplicate-key':
      return removeDuplicateFixes(problem, parsed, text);
    case 'front-matter/invalid-value':
      return problem.path.length === 1 ? rewriteDateFix(key, parsed, report.schema) : [];
    default:
      return [];
  }
}

/** The preferred fix of each problem of the report, with its title: what Fix All (`fixAllPost`) applies and `--fix` reports. */
export function preferredFixes(report: FrontMatterReport, text: string, model: PostModel, context: FixContext): FrontMatterFix[] {
  return report.problems.flatMap((problem) => {
    const fix = fixesFor(problem, report, text, model, context).find((candidate) => candidate.preferred);
    return fix === undefined ? [] : [fix];
  });
}

/**
 * Orders replacements, joins insertions at the same offset, and drops any that overlap one already kept,
 * so they can be applied together as one edit.
 */
export function mergeReplacements(replacements: readonly TextReplacement[]): TextReplacement[] {
  const unique = new Map(replacements.map((replacement) => [`${replacement.range.start}:${replacement.range.end}:${replacement.text}`, replacement]));
  const merged: TextReplacement[] = [];
  for (const replacement of [...unique.values()].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)) {
    const last = merged.at(-1);
    if (last !== undefined && isInsertion(last) && isInsertion(replacement) && last.range.start === replacement.range.start) {
      last.text += replacement.text;
    } else if (last === undefined || replacement.range.start >= last.range.end) {
      merged.push({ range: { ...replacement.range }, text: replacement.text });
    }
  }
  return merged;
}

function isInsertion(replacement: TextReplacement): boolean {
  return replacement.range.start === replacement.range.end;
}

/** A sensible first value for a key: the first heading for `title`, now for `date`, else the schema's example. */
function placeholderFor(key: string, kind: FrontMatterKind, schema: ActiveSchema, model: PostModel, context: FixContext): string {
  if (key === 'title') {
    const heading = model.sections.map((section) => section.heading?.text).find((candidate) => candidate !== undefined);
    return textScalar(heading ?? 'Untitled', kind, false);
  }
  if (key === 'date') return formatDate(partsOfLocalTime(context.now), schema.preset.dateStyle);
  const info = schema.keys.get(key);
  const sample = info?.enum?.[0] ?? info?.examples?.[0] ?? (key === 'layout' ? 'post' : '');
  if (typeof sample === 'boolean' || typeof sample === 'number') return String(sample);
  return textScalar(String(sample), kind);
}

function addKeyFix(key: string, parsed: ParsedFrontMatter, schema: ActiveSchema, text: string, model: PostModel, context: FixContext): FrontMatterFix {
  const line = keyLine(key, placeholderFor(key, parsed.block.kind, schema, model, context), parsed.block.kind, lineBreakOf(text));
  return { title: `Add \`${line.trim()}\``, replacements: [{ range: { start: parsed.insertOffset, end: parsed.insertOffset }, text: line }], preferred: true };
}

/**
 * Removing either copy of a repeated key: the earlier one keeps what the site shows today (generators keep
 * the last value), so that is the one "Fix all" removes.
 */
function removeDuplicateFixes(problem: FrontMatterProblem, parsed: ParsedFrontMatter, text: string): FrontMatterFix[] {
  const siblings = siblingsOf(parsed.root, problem.range);
  if (siblings === undefined) return [];
  const index = siblings.findIndex((entry) => entry.keyRange.start === problem.range.start);
  const current = siblings[index];
  const earlier = earlierEntryNamed(siblings, index, current.key);
  const fixes: FrontMatterFix[] = [];
  if (earlier?.lines !== undefined) {
    fixes.push({ title: `Remove the earlier \`${current.key}\` (line ${lineNumber(text, earlier.keyRange.start)}), keeping this one`, replacements: [{ range: earlier.lines, text: '' }], preferred: true });
  }
  if (current.lines !== undefined) fixes.push({ title: `Remove this duplicate \`${current.key}\``, replacements: [{ range: current.lines, text: '' }], preferred: false });
  return fixes;
}

function siblingsOf(node: FrontMatterNode | undefined, keyRange: TextRange): FrontMatterEntry[] | undefined {
  if (node === undefined) return undefined;
  if (node.entries?.some((entry) => entry.keyRange.start === keyRange.start)) return node.entries;
  // Stryker disable next-line ArrayDeclaration: a string in place of the empty list has no entries to search either
  for (const entry of node.entries ?? []) {
    const found = siblingsOf(entry.value, keyRange);
    if (found !== undefined) return found;
  }
  // Stryker disable next-line ArrayDeclaration: a string in place of the empty list has no entries to search either
  for (const item of node.items ?? []) {
    const found = siblingsOf(item, keyRange);
    if (found !== undefined) return found;
  }
  return undefined;
}

function lineNumber(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function rewriteDateFix(key: string, parsed: ParsedFrontMatter, schema: ActiveSchema): FrontMatterFix[] {
  const value = parsed.data?.[key];
  const entry = entryOf(parsed.root, key);
  const example = schema.keys.get(key)?.examples?.[0];
  if (typeof value !== 'string' || entry === undefined || typeof example !== 'string' || readLooseDate(example) === undefined) return [];
  const parts = readLooseDate(value);
  if (parts === undefined) return [];
  const rewritten = formatDate(parts, schema.preset.dateStyle);
  return [{ title: `Rewrite the date as ${rewritten}`, replacements: [{ range: entry.value.range, text: rewritten }], preferred: true }];
}

/**
 * Turns a `categories`/`tags` string into a list of the same terms: Jekyll splits the string at spaces,
 * Hugo takes it whole as one term.
 */
function listFix(entry: FrontMatterEntry, parsed: ParsedFrontMatter, schema: ActiveSchema): FrontMatterFix[] {
  const key = entry.key;
  const value = parsed.data?.[key];
  if (!LIST_KEYS.has(key) || typeof value !== 'string') return [];
  // Stryker disable next-line Regex: the empty words between single spaces are filtered out
  const words = schema.preset.name === 'hugo' ? [value.trim()] : value.split(/\s+/).filter((word) => word !== '');
  return [{ title: `Turn \`${key}\` into a list`, replacements: [{ range: entry.value.range, text: textList(words, parsed.block.kind) }], preferred: false }];
}

/** The refactoring offered where the cursor is on a space-separated `categories` or `tags` string. */
export function listRefactoringAt(report: FrontMatterReport, offset: number): FrontMatterFix | undefined {
  const parsed = report.parsed;
  const entry = parsed?.root?.entries?.find((candidate) => candidate.keyRange.start <= offset && offset <= candidate.value.range.end);
  return parsed === undefined || entry === undefined ? undefined : listFix(entry, parsed, report.schema)[0];
}

/** A new front matter block with the schema's required keys (and a date), for a post that has none. */
export function insertFrontMatterFix(report: FrontMatterReport, text: string, model: PostModel, context: FixContext): FrontMatterFix | undefined {
  if (model.frontMatter !== undefined) return undefined;
  const kind: FrontMatterKind = report.schema.preset.name === 'hugo' ? 'toml' : 'yaml';
  const eol = lineBreakOf(text);
  const delimiter = kind === 'toml' ? '+++' : '---';
  const keys = [...new Set([...report.schema.required, ...(kind === 'yaml' ? ['layout'] : []), 'date'])];
  const lines = keys.map((key) => keyLine(key, placeholderFor(key, kind, report.schema, model, context), kind, eol)).join('');
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  return {
    title: `Insert ${report.schema.preset.displayName} front matter`,
    replacements: [{ range: { start, end: start }, text: `${delimiter}${eol}${lines}${delimiter}${eol}${eol}` }],
    preferred: false,
  };
}
