import type { PostModel } from '../post/postModel';
import { hugoDateVerdict, jekyllDateVerdict } from './dateRules';
import { DATE_KEYS, type PresetName } from './presets';
import { openingDelimiter, readFrontMatter } from './read';
import { activeSchema, type ActiveSchema, type UserSchema } from './schema';
import { detectGenerator, siteConfigOf, type DetectedGenerator, type SiteConfig } from './site';
import { readerText } from './titles';
import { entryOf, type FrontMatterProblem, type ParsedFrontMatter } from './tree';
import { validateFrontMatter } from './validate';
import { checkMissingLayout, checkWorkspaceReferences, siteOrDefault, type WorkspaceFacts } from './workspace';

/** The rules YAML front matter is checked with: a generator's, or `auto` to follow the site's own config. */
export type PresetChoice = PresetName | 'auto';

/** How a post's front matter is checked: the editor builds it from settings and the workspace, the CLI from its flags. */
export interface FrontMatterOptions {
  /** The rules for YAML front matter; TOML (`+++`) front matter is always Hugo's. */
  preset: PresetChoice;
  userSchema?: UserSchema;
  /** Longest title and description before a warning; 0 turns the check off. */
  titleMaxLength: number;
  descriptionMaxLength: number;
  /** True when the file starts with a byte order mark that the editor keeps out of the text. */
  fileHasBom?: boolean;
  /** Without it, the checks that need the workspace (files, layouts, the site's config) are skipped. */
  workspace?: WorkspaceFacts;
}

/** The search-friendly lengths `post-format.md` names. */
export const DEFAULT_FRONT_MATTER_OPTIONS: FrontMatterOptions = { preset: 'auto', titleMaxLength: 60, descriptionMaxLength: 160 };

/** Which rules a post is checked with and why: what the status tooltip says. */
export interface RulesChoice {
  preset: PresetName;
  /** E.g. "detected: `_config.yml` in the workspace folder", "set in settings or .threadwright.json". */
  reason: string;
  /** The site's generator as detected from its config, whatever the setting says. */
  detected?: DetectedGenerator;
}

/** Picks the rules for a post: TOML is Hugo's; an explicit preset wins; else the detected generator; else Jekyll. */
export function chooseRules(options: FrontMatterOptions, kind: 'yaml' | 'toml' | undefined): RulesChoice {
  const detected = options.workspace === undefined ? undefined : detectGenerator(options.workspace.readText, options.workspace.postPath);
  if (kind === 'toml') return { preset: 'hugo', reason: 'TOML (`+++`) front matter is Hugo\'s', detected };
  if (options.preset !== 'auto') return { preset: options.preset, reason: 'set by the `preset` setting or .threadwright.json', detected };
  if (detected !== undefined) return { preset: detected.preset, reason: `detected from ${detected.reason}`, detected };
  return { preset: 'jekyll', reason: 'no Jekyll or Hugo config found, so Jekyll\'s rules (the default)' };
}

/** A post's front matter as read and checked: what diagnostics, quick fixes, completions and hovers work from. */
export interface FrontMatterReport {
  /** Undefined when the post has no front matter. */
  parsed?: ParsedFrontMatter;
  schema: ActiveSchema;
  rules: RulesChoice;
  problems: FrontMatterProblem[];
}

/** Runs every front matter check on a post: structure, the schema, dates, the workspace, and lengths. */
export function checkFrontMatter(text: string, model: PostModel, options: FrontMatterOptions): FrontMatterReport {
  const block = model.frontMatter;
  const rules = chooseRules(options, block?.kind);
  const schema = activeSchema(rules.preset, options.userSchema);
  if (block === undefined) return { schema, rules, problems: [] };
  const opener = openingDelimiter(block);
  const problems: FrontMatterProblem[] = [];
  if ((block.afterBom || options.fileHasBom === true) && schema.preset.name === 'jekyll' && !isJekyllPost(options.workspace?.postPath)) {
    problems.push({
      code: 'front-matter/bom',
      severity: 'error',
      range: opener,
      message: 'A byte order mark (BOM) comes before this `---`, so Jekyll ignores the front matter of this page (posts in `_posts/` are read either way). Save the file as UTF-8 without BOM.',
    });
  }
  const parsed = readFrontMatter(text, block, schema.preset.yamlVersion);
  problems.push(...parsed.problems);
  const data = parsed.data;
  if (data !== undefined) {
    const workspace = options.workspace;
    const site: SiteConfig = siteOrDefault(rules.detected === undefined || workspace === undefined ? undefined : siteConfigOf(rules.detected, workspace.readText), rules.preset);
    const validated = validateFrontMatter(data, parsed.root, schema, opener);
    problems.push(...validated);
    problems.push(...checkDates(data, parsed, rules.preset));
    // A writer's schema that requires `layout` has already said it is missing: once is enough.
    const layoutReported = validated.some((problem) => problem.path?.join('.') === 'layout');
    if (rules.preset === 'jekyll' && !layoutReported && schema.validators.some((validator) => validator.source === 'preset')) problems.push(...checkMissingLayout(data, site, workspace?.postPath, opener));
    if (workspace !== undefined) problems.push(...checkWorkspaceReferences(data, parsed.root, schema, workspace, site));
    problems.push(...checkLength(data, parsed, 'title', options.titleMaxLength, 'search results show about'));
    problems.push(...checkLength(data, parsed, 'description', options.descriptionMaxLength, 'search results and link previews show about'));
  }
  return { parsed, schema, rules, problems };
}

/** Jekyll reads posts with the byte order mark stripped, but decides whether a page has front matter from its raw first bytes. */
function isJekyllPost(postPath: string | undefined): boolean {
  return /(?:^|\/)_(?:posts|drafts)\//.test(postPath ?? '');
}

/** Checks each date key as the generator reads it (a TOML date is already a date, so it needs no check). */
function checkDates(data: Record<string, unknown>, parsed: ParsedFrontMatter, preset: PresetName): FrontMatterProblem[] {
  return DATE_KEYS[preset].flatMap((key): FrontMatterProblem[] => {
    const value = data[key];
    const entry = entryOf(parsed.root, key);
    if (typeof value !== 'string' || entry === undefined) return [];
    const verdict = preset === 'jekyll' ? jekyllDateVerdict(value) : hugoDateVerdict(value, key);
    if (verdict.ok) return [];
    return [{ code: 'front-matter/invalid-value', severity: verdict.severity, range: entry.value.range, path: [key], message: verdict.message }];
  });
}

function checkLength(data: Record<string, unknown>, parsed: ParsedFrontMatter, key: string, limit: number, shown: string): FrontMatterProblem[] {
  const value = data[key];
  const entry = entryOf(parsed.root, key);
  if (limit <= 0 || typeof value !== 'string' || entry === undefined) return [];
  const length = [...readerText(value)].length;
  if (length <= limit) return [];
  return [{ code: 'front-matter/too-long', severity: 'warning', range: entry.value.range, path: [key], message: `\`${key}\` is ${length} characters; ${shown} ${limit}.` }];
}
