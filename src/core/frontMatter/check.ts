import type { PostModel } from '../postModel';
import type { PresetName } from './presets';
import { openingDelimiter, readFrontMatter } from './read';
import { activeSchema, type ActiveSchema, type UserSchema } from './schema';
import { entryOf, type FrontMatterProblem, type ParsedFrontMatter } from './tree';
import { validateFrontMatter } from './validate';
import { checkWorkspaceReferences, type WorkspaceFacts } from './workspace';

/** How a post's front matter is checked: the editor builds it from settings and the workspace, the CLI from its flags. */
export interface FrontMatterOptions {
  /** The rules for YAML front matter; TOML (`+++`) front matter is always Hugo's. */
  preset: PresetName;
  userSchema?: UserSchema;
  /** Longest title and description before a warning; 0 turns the check off. */
  titleMaxLength: number;
  descriptionMaxLength: number;
  /** True when the file starts with a byte order mark that the editor keeps out of the text. */
  fileHasBom?: boolean;
  /** Without it, the checks that need the workspace (files, layouts) are skipped. */
  workspace?: WorkspaceFacts;
}

/** The search-friendly lengths `post-format.md` names. */
export const DEFAULT_FRONT_MATTER_OPTIONS: FrontMatterOptions = { preset: 'jekyll', titleMaxLength: 60, descriptionMaxLength: 160 };

/** A post's front matter as read and checked: what diagnostics, quick fixes, completions and hovers work from. */
export interface FrontMatterReport {
  /** Undefined when the post has no front matter. */
  parsed?: ParsedFrontMatter;
  schema: ActiveSchema;
  problems: FrontMatterProblem[];
}

/** Runs every front matter check on a post: structure, the schema, the workspace, and lengths. */
export function checkFrontMatter(text: string, model: PostModel, options: FrontMatterOptions): FrontMatterReport {
  const block = model.frontMatter;
  const schema = activeSchema(block?.kind === 'toml' ? 'hugo' : options.preset, options.userSchema);
  if (block === undefined) return { schema, problems: [] };
  const opener = openingDelimiter(block);
  const problems: FrontMatterProblem[] = [];
  if ((block.afterBom || options.fileHasBom === true) && schema.preset.name === 'jekyll') {
    problems.push({
      code: 'front-matter/bom',
      severity: 'error',
      range: opener,
      message: 'A byte order mark (BOM) comes before this `---`, so Jekyll ignores the front matter. Save the file as UTF-8 without BOM.',
    });
  }
  const parsed = readFrontMatter(text, block, schema.preset.yamlVersion);
  problems.push(...parsed.problems);
  const data = parsed.data;
  if (data !== undefined) {
    problems.push(...validateFrontMatter(data, parsed.root, schema, opener));
    if (options.workspace !== undefined) problems.push(...checkWorkspaceReferences(data, parsed.root, schema, options.workspace));
    problems.push(...checkLength(data, parsed, 'title', options.titleMaxLength, 'search results show about'));
    problems.push(...checkLength(data, parsed, 'description', options.descriptionMaxLength, 'search results and link previews show about'));
  }
  return { parsed, schema, problems };
}

function checkLength(data: Record<string, unknown>, parsed: ParsedFrontMatter, key: string, limit: number, shown: string): FrontMatterProblem[] {
  const value = data[key];
  const entry = entryOf(parsed.root, key);
  if (limit <= 0 || typeof value !== 'string' || entry === undefined) return [];
  const length = [...value].length;
  if (length <= limit) return [];
  return [{ code: 'front-matter/too-long', severity: 'warning', range: entry.value.range, path: [key], message: `\`${key}\` is ${length} characters; ${shown} ${limit}.` }];
}
