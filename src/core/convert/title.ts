import { readFrontMatter } from '../frontMatter/read';
import type { PostModel } from '../post/postModel';
import type { PlainSection } from './plainText';

/** The post's title for the thread's hook and heading: front matter `title`, else the first heading. */
export function postTitle(text: string, model: PostModel, sections: readonly PlainSection[]): string | undefined {
  const fromFrontMatter = frontMatterTitle(text, model);
  if (fromFrontMatter !== undefined) return fromFrontMatter;
  return sections.find((section) => section.heading !== undefined)?.heading;
}

/**
 * The front matter `title` on one line, read by the same reader as the front matter checks: YAML as Jekyll reads it
 * (1.1: `title: 1_000` is the number 1000, `title: yes` is not text), TOML as TOML.
 */
function frontMatterTitle(text: string, model: PostModel): string | undefined {
  const block = model.frontMatter;
  if (block === undefined || !block.closed) return undefined;
  const title = readFrontMatter(text, block, '1.1').data?.title;
  if (typeof title !== 'string' && typeof title !== 'number') return undefined;
  const oneLine = String(title).replace(/\s+/g, ' ').trim();
  return oneLine === '' ? undefined : oneLine;
}
