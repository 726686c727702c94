import type { TextReplacement } from '../numbering';
import type { PlatformProfile } from '../platforms';
import { parsePost } from '../postModel';
import type { TextRange } from '../text';
import { labelled, withWidestLabel, type NumberingStyle } from './labels';
import { packPosts, type PackBlock } from './packPosts';
import { plainSections, type PlainSection } from './plainText';
import { threadHeadingLevel, threadInsertion, threadMarkdown, threadsBlockHeading } from './threadBlock';
import { postTitle } from './title';

/** What the convert command and `threadwright thread` both need to say. */
export interface ConvertOptions {
  /** The primary platform: every post is counted with its own rules. */
  profile: PlatformProfile;
  numbering: NumberingStyle;
  /** Heading names of the threads block, as in `ParseOptions`. */
  threadsHeadings: readonly string[];
  /** Only the sections this range touches; the whole post when absent or empty. */
  selection?: TextRange;
}

/** A thread made from a post's sections, ready to print, insert or open. */
export interface ConvertedThread {
  /** The post's title (front matter `title`, else its first heading), or `Untitled`. */
  title: string;
  /** Each post's published text, label included. Empty when there was nothing to convert. */
  posts: string[];
  /** Indexes into `posts` of posts still over the limit: each holds one piece (a URL, a number…) that cannot be cut. */
  flaggedPosts: number[];
  /** The `### Thread: "…"` block: heading, blank line, posts separated by blank lines, final newline. */
  markdown: string;
  /** The edit that appends the thread to the document (creating the threads block when absent). */
  insertion: TextReplacement;
  /** A threads block holding just this thread, for a new document. */
  standalone: string;
}

/** Turns a post's sections into a numbered thread that fits the platform: the one conversion the extension and the CLI share. */
export function convertToThread(text: string, options: ConvertOptions): ConvertedThread {
  const { profile, numbering } = options;
  const model = parsePost(text, { threadsHeadings: options.threadsHeadings });
  const sections = plainSections(text, model);
  const title = postTitle(text, model, sections);
  const blocks = chosenSections(sections, options.selection).map(sectionBlocks).filter((section) => section.length > 0);
  // The hook, unless the first converted section's heading is the title already.
  if (blocks.length > 0 && title !== undefined && blocks[0][0].text !== title) blocks[0] = [{ text: title, lead: true }, ...blocks[0]];

  const cutPoints = new Map();
  const pack = (digits: number) => packPosts(blocks,
    (body) => profile.measure(withWidestLabel(body, digits, numbering)).fits, profile.limit, cutPoints);
  // Room for the widest label: when the total gains a digit (9 posts become 10), pack again until it holds.
  let digits = 1;
  let bodies = pack(digits);
  while (numbering !== 'none' && String(bodies.length).length > digits) {
    digits = String(bodies.length).length;
    bodies = pack(digits);
  }

  const posts = bodies.map((body, index) => labelled(body, index + 1, bodies.length, numbering));
  const flaggedPosts = posts.flatMap((post, index) => (profile.measure(post).fits ? [] : [index]));
  const threadTitle = title ?? 'Untitled';
  const markdown = threadMarkdown(threadTitle, posts, threadHeadingLevel(model));
  return {
    title: threadTitle,
    posts,
    flaggedPosts,
    markdown,
    insertion: threadInsertion(text, model, markdown, options.threadsHeadings),
    standalone: `${threadsBlockHeading(options.threadsHeadings)}\n\n${threadMarkdown(threadTitle, posts, 3)}`,
  };
}

function chosenSections(sections: readonly PlainSection[], selection: TextRange | undefined): readonly PlainSection[] {
  if (selection === undefined || selection.end <= selection.start) return sections;
  return sections.filter(({ range }) => selection.start < range.end && selection.end > range.start);
}

function sectionBlocks(section: PlainSection): PackBlock[] {
  const heading = section.heading === undefined ? [] : [{ text: section.heading, lead: true }];
  return [...heading, ...section.blocks.map((text) => ({ text, lead: false }))];
}
