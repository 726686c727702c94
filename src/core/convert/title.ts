import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { PostModel } from '../postModel';
import type { PlainSection } from './plainText';

/** The post's title for the thread's hook and heading: front matter `title`, else the first heading. */
export function postTitle(model: PostModel, sections: readonly PlainSection[]): string | undefined {
  const fromFrontMatter = frontMatterTitle(model);
  if (fromFrontMatter !== undefined) return fromFrontMatter;
  return sections.find((section) => section.heading !== undefined)?.heading;
}

function frontMatterTitle(model: PostModel): string | undefined {
  const block = model.frontMatter;
  if (block === undefined || !block.closed) return undefined;
  let data: unknown;
  try {
    data = block.kind === 'toml' ? parseToml(block.raw) : parseYaml(block.raw, { logLevel: 'error' });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const title = (data as Record<string, unknown>).title;
  if (typeof title !== 'string' && typeof title !== 'number') return undefined;
  const oneLine = String(title).replace(/\s+/g, ' ').trim();
  return oneLine === '' ? undefined : oneLine;
}
