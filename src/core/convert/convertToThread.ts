import type { TextReplacement } from '../post/text';
import type { PlatformProfile } from '../count/platforms';
import { parsePost } from '../post/postModel';
import type { TextRange } from '../post/text';
import { labelled, withWidestLabel } from './labels';
import { type NumberingStyle } from '../config/numberingStyles';
import type { CutPoints } from './cutPoints';
import { digestBodies } from './digest';
import { packPostSteps, type PackBlock } from './packPosts';
import { runSteps, type Steps } from './steps';
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
  /** Only these sections, by their index in `bodySections`; all of them when absent. */
  sections?: readonly number[];
  /** `digest`: the thread a writer keeps (hook, a post per part, closing line); `full` (the default here): every section in full. */
  mode?: ConvertMode;
  /** How many posts a digest aims for (default 10). */
  targetPosts?: number;
}

/** Every convert mode, in the order settings and the command line list them. */
export const CONVERT_MODES = ['digest', 'full'] as const;

/** A digest of the post, or the whole post cut into posts. */
export type ConvertMode = (typeof CONVERT_MODES)[number];

/** How many posts a digest aims for when nobody says. */
export const DEFAULT_TARGET_POSTS = 10;

/** A thread made from a post's sections, ready to print, insert or open. */
export interface ConvertedThread {
  /** The post's title (front matter `title`, else its first heading), or `Untitled`. */
  title: string;
  /** Each post's published text, label included. Empty when there was nothing to convert. */
  posts: string[];
  /** Indexes into `posts` of posts still over the limit: each holds one piece (a URL, a number…) that cannot be cut. */
  flaggedPosts: number[];
  /** Why a digest is longer than its target, when it is. */
  notes: string[];
  /** The `### Thread: "…"` block: heading, blank line, posts separated by blank lines, final newline. */
  markdown: string;
  /** The edit that appends the thread to the document (creating the threads block when absent). */
  insertion: TextReplacement;
  /** A threads block holding just this thread, for a new document. */
  standalone: string;
}

/** Turns a post's sections into a numbered thread that fits the platform: the one conversion the extension and the CLI share. */
export function convertToThread(text: string, options: ConvertOptions): ConvertedThread {
  return runSteps(convertSteps(text, options));
}

/** The body sections a conversion reads, as plain text: what a writer chooses from, by index, in `ConvertOptions.sections`. */
export function bodySections(text: string, threadsHeadings: readonly string[]): PlainSection[] {
  return plainSections(text, parsePost(text, { threadsHeadings }));
}

/** `convertToThread` in slices: pauses between steps, so a caller can show progress and stop it. */
export function* convertSteps(text: string, options: ConvertOptions): Steps<ConvertedThread> {
  const { profile, numbering } = options;
  const model = parsePost(text, { threadsHeadings: options.threadsHeadings });
  const sections = plainSections(text, model);
  yield;
  const title = postTitle(text, model, sections);
  const chosen = chosenSections(sections, options);
  const fitsWith = (digits: number) => (body: string) => profile.measure(withWidestLabel(body, digits, numbering)).fits;
  const cutPoints = new Map();
  const pack = options.mode === 'digest'
    ? (digits: number) => digestBodies(chosen, title, options.targetPosts ?? DEFAULT_TARGET_POSTS, fitsWith(digits), profile.limit)
    : (digits: number) => fullBodies(chosen, title, fitsWith(digits), profile.limit, cutPoints);
  // Room for the widest label: when the total gains a digit (9 posts become 10), pack again until it holds.
  // A digest starts with its target's digits, since it will most likely reach its target.
  let digits = options.mode === 'digest' ? String(options.targetPosts ?? DEFAULT_TARGET_POSTS).length : 1;
  let { bodies, notes } = yield* pack(digits);
  // Stryker disable next-line ConditionalExpression,StringLiteral: without labels the room for digits changes nothing, so packing again gives the same posts
  while (numbering !== 'none' && String(bodies.length).length > digits) {
    digits = String(bodies.length).length;
    ({ bodies, notes } = yield* pack(digits));
  }

  const posts = bodies.map((body, index) => labelled(body, index + 1, bodies.length, numbering));
  const flaggedPosts = posts.flatMap((post, index) => (profile.measure(post).fits ? [] : [index]));
  const threadTitle = title ?? 'Untitled';
  const markdown = threadMarkdown(threadTitle, posts, threadHeadingLevel(model));
  return {
    title: threadTitle,
    posts,
    flaggedPosts,
    notes,
    markdown,
    insertion: threadInsertion(text, model, markdown, options.threadsHeadings),
    standalone: `${threadsBlockHeading(options.threadsHeadings)}\n\n${threadMarkdown(threadTitle, posts, 3)}`,
  };
}

function chosenSections(sections: readonly PlainSection[], { selection, sections: indexes }: ConvertOptions): readonly PlainSection[] {
  if (indexes !== undefined) {
    const wanted = new Set(indexes);
    return sections.filter((_, index) => wanted.has(index));
  }
  if (selection === undefined || selection.end <= selection.start) return sections;
  return sections.filter(({ range }) => selection.start < range.end && selection.end > range.start);
}

/** Every section in full: the hook, then each section's heading and text cut into posts. */
function* fullBodies(
  sections: readonly PlainSection[],
  title: string | undefined,
  fits: (body: string) => boolean,
  limit: number,
  cutPoints: Map<PackBlock, CutPoints>,
): Steps<{ bodies: string[]; notes: string[] }> {
  const blocks = sections.map(sectionBlocks).filter((section) => section.length > 0);
  // The hook, unless the first converted section's heading is the title already.
  if (blocks.length > 0 && title !== undefined && blocks[0][0].text !== title) blocks[0] = [{ text: title, lead: true }, ...blocks[0]];
  return { bodies: yield* packPostSteps(blocks, fits, limit, cutPoints), notes: [] };
}

function sectionBlocks(section: PlainSection): PackBlock[] {
  const heading = section.heading === undefined ? [] : [{ text: section.heading, lead: true }];
  return [...heading, ...section.blocks.map((text) => ({ text, lead: false }))];
}
