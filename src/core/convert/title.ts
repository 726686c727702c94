import { readFrontMatter } from '../frontMatter/read';
import type { PostModel } from '../post/postModel';
import type { PlainSection } from './plainText';

/** The post's title for the thread's hook and heading: front matter `title`, else the first heading. */
export function postTitle(text: string, model: PostModel, sections: readonly PlainSection[]): string | undefined {
  const fromFrontMatter = frontMatterTitle(text, model);
  if (fromFrontMatter !== undefined) return fromFrontMatter;
  return sections.find((section) => section.heading !== undefined)?.heading;
}

/** The front matter `title` on one line, read by the same reader as the front matter checks. */
function frontMatterTitle(text: string, model: PostModel): string | undefined {
  const block = model.frontMatter;
  if (block === undefined || !block.closed) return undefined;
  const title = readFrontMatter(text, block, block.kind === 'toml' ? '1.2' : '1.1').data?.title;
  if (typeof title !== 'string' && typeof title !== 'number') return undefined;
  const oneLine = String(title).replace(/\s+/g, ' ').trim();
  return oneLine === '' ? undefined : oneLine;
}
