import type { DateStyle } from './dates';
import type { YamlVersion } from './readYaml';

/** The site generators Threadwright knows the front matter rules of. */
export type PresetName = 'jekyll' | 'hugo';

/** A generator's front matter rules: its JSON Schema and how it reads YAML and dates. */
export interface Preset {
  name: PresetName;
  displayName: string;
  yamlVersion: YamlVersion;
  dateStyle: DateStyle;
  schema: Record<string, unknown>;
}

/** Marks a top-level key whose value is a file in the workspace (checked by front-matter/missing-file). */
export const PATH_KEYWORD = 'threadwrightPath';

const text = (description: string) => ({ type: 'string', description });

const JEKYLL_LIST = (what: string) => ({
  description: `${what} of the post: a list such as \`[news, crypto]\`, or words separated by spaces.`,
  anyOf: [{ type: 'array', items: { type: ['string', 'number'] } }, { type: 'string' }],
});

const HUGO_LIST = (what: string) => ({ type: 'array', items: { type: 'string' }, description: `${what}: a list such as \`["news", "crypto"]\`.` });

/** Hugo makes a term page of a single string as of a one-item list. */
const HUGO_TERMS = (what: string) => ({
  description: `${what}: a list such as \`["news", "crypto"]\` (a single string is one term).`,
  anyOf: [{ type: 'array', items: { type: ['string', 'number'] } }, { type: 'string' }],
});

const HUGO_DATE = (what: string) => ({
  type: 'string',
  description: `${what}, in RFC 3339: \`2023-10-19T00:40:04-07:00\` (or just \`2023-10-19\`). A date Hugo cannot read leaves the post without it.`,
  examples: ['2023-10-19T00:40:04-07:00'],
});

/** The front matter keys whose values are dates, checked against the generator's own date reading. */
export const DATE_KEYS: Record<PresetName, readonly string[]> = { jekyll: ['date'], hugo: ['date', 'lastmod', 'publishDate', 'expiryDate'] };

const IMAGE = (description: string) => ({ [PATH_KEYWORD]: true, description });

const JEKYLL: Preset = {
  name: 'jekyll',
  displayName: 'Jekyll',
  yamlVersion: '1.1',
  dateStyle: 'jekyll',
  schema: {
    type: 'object',
    required: ['title'],
    properties: {
      layout: { type: ['string', 'null'], description: 'The layout that renders the post: a file in `_layouts/`, named without its extension (or set for many posts by `defaults:` in `_config.yml`).', examples: ['post'] },
      title: text('The title, shown on the page and in search results (about 60 characters show).'),
      description: text('A summary for search results and link previews (about 160 characters show).'),
      date: {
        type: 'string',
        description: 'When the post was published: `YYYY-MM-DD HH:MM:SS +/-TTTT`; the time and the offset are optional. It overrides the date in the file name.',
        examples: ['2024-08-21 10:00:00 +0100'],
      },
      categories: JEKYLL_LIST('Categories'),
      category: text('A single category of the post.'),
      tags: JEKYLL_LIST('Tags'),
      published: { type: 'boolean', description: 'Set to `false` to leave the post out of the built site.' },
      image: IMAGE('The image for the post and its link previews: a path from the site root, e.g. `assets/images/cover.png` (themes may define a mapping instead).'),
      permalink: text('The URL of the post, overriding the site\'s permalink style, e.g. `/blog/:title/`.'),
      excerpt_separator: text('The text that ends the excerpt, e.g. `<!--more-->`.'),
      author: { description: 'Who wrote the post.' },
    },
  },
};

const HUGO: Preset = {
  name: 'hugo',
  displayName: 'Hugo',
  yamlVersion: '1.2',
  dateStyle: 'hugo',
  schema: {
    type: 'object',
    required: ['title'],
    properties: {
      title: text('The title, shown on the page and in search results (about 60 characters show).'),
      description: text('A summary for search results and link previews (about 160 characters show).'),
      summary: text('The summary shown in lists of pages.'),
      date: HUGO_DATE('When the post was written'),
      lastmod: HUGO_DATE('When the post was last changed'),
      publishDate: HUGO_DATE('When the post goes live; Hugo skips it until then'),
      expiryDate: HUGO_DATE('When the post stops being published'),
      draft: { type: 'boolean', description: 'Set to `true` to keep the post out of the built site.' },
      tags: HUGO_TERMS('Tags'),
      categories: HUGO_TERMS('Categories'),
      keywords: HUGO_LIST('Keywords for search engines'),
      aliases: HUGO_LIST('Other URLs that redirect to this post'),
      slug: text('The last part of the post\'s URL.'),
      url: text('The full path of the post\'s URL.'),
      type: text('The content type, which picks the templates.'),
      layout: text('The template that renders the post.'),
      weight: {
        description: 'Orders the post in lists: lower comes first.',
        anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^[+-]?\\d+$' }],
        examples: [5],
      },
      image: IMAGE('The image for the post and its link previews (its shape is the theme\'s).'),
      images: { type: 'array', items: { type: 'string' }, description: 'Images for link previews.' },
    },
  },
};

/** The built-in presets by name. */
export const PRESETS: Record<PresetName, Preset> = { jekyll: JEKYLL, hugo: HUGO };

/** Tells a preset name from any other string, e.g. one read from settings. */
export function isPresetName(value: string): value is PresetName {
  return value === 'jekyll' || value === 'hugo';
}
