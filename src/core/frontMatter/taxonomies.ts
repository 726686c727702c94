import { findFrontMatter } from '../post/frontMatterBlock';
import { splitLines } from '../post/text';
import { readFrontMatter } from './read';

/** The categories and tags one post uses, for completing them in other posts. */
export interface PostTaxonomies {
  categories: string[];
  tags: string[];
}

const MAX_TERMS = 200;

/** Reads a post's `categories` (and `category`) and `tags`, as a list or a space-separated string; empty when unreadable. */
export function taxonomiesOf(text: string): PostTaxonomies {
  const block = findFrontMatter(text, splitLines(text));
  if (block === undefined || !block.closed) return { categories: [], tags: [] };
  // Stryker disable next-line ConditionalExpression,StringLiteral: TOML front matter is read without the YAML version, so only the YAML one counts
  const data = readFrontMatter(text, block, block.kind === 'toml' ? '1.2' : '1.1').data ?? {};
  return { categories: [...termsOf(data.categories), ...termsOf(data.category)].slice(0, MAX_TERMS), tags: termsOf(data.tags).slice(0, MAX_TERMS) };
}

function termsOf(value: unknown): string[] {
  // Stryker disable next-line Regex: splitting at each white space character leaves empty pieces, which the filter drops
  if (typeof value === 'string') return value.split(/\s+/).filter((term) => term !== '');
  if (Array.isArray(value)) return value.filter((term) => typeof term === 'string' || typeof term === 'number').map(String).filter((term) => term.trim() !== '');
  return [];
}
