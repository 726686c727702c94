import { HEAD_CHARS_PER_UNIT, MAX_CHARS_PER_UNIT, packPosts } from './packPosts';
import type { PlainSection } from './plainText';
import { rankSentences, type RankedSentence } from './sentenceRank';
import { partitionBySize } from './partition';

/** The post bodies of a digest, and what the writer should know about how it was made. */
export interface Digest {
  bodies: string[];
  /** Why the thread is longer than the target, when it is. */
  notes: string[];
}

/** Headings of a post's closing part. */
const CLOSING_HEADING = /\b(?:conclusions?|takeaways?|summary|final thoughts?|wrapping up|in closing|closing thoughts?|bottom line|tl;?dr)\b/i;
const LIST_ITEM = /^(?:- |\d+[.)] )/;
/** A list item's lead phrase: a few words before a colon, as in `- **Distributed Contribution:** By allowing…`. */
const LEAD_PHRASE = /^(?:- |\d+[.)] )([^:.!?]{3,60}):\s/;
const TRAILING_COLON = /\s*[:：]\s*$/;
/** A title of fewer words than this is weak as a hook: the intro's strongest sentence opens the thread instead. */
const STRONG_TITLE_WORDS = 4;
/** A section is given another post only while each of its posts would still draw on this much text. */
const TEXT_PER_EXTRA_POST = 600;
/** Sentences tried per post, best first: enough to fill a post, bounded however long a section is. */
const CANDIDATES_PER_POST = 40;

interface Block {
  text: string;
  section: number;
  sentences: RankedSentence[];
}

/** A run of consecutive sections that becomes one post (or a few, for a long one). */
interface Part {
  heading?: string;
  blocks: number[];
  /** Headings of the part's subsections: a list of them can stand for the part. */
  subheadings: string[];
  /** The block indexes where a subsection starts, with its heading, in reading order, so a later post can open with it. */
  subsectionStarts: Map<number, string>;
  posts: number;
}

/**
 * Makes the thread a writer keeps: a hook (the title, or the intro's strongest sentence), one post per
 * part of the post at the heading level whose parts come closest to the target, each the part's heading
 * and its most important whole sentences in reading order, and the post's closing thought last. Every
 * sentence is copied from the body, so figures never drift. Yields between steps so a long post can be
 * converted in slices and cancelled.
 */
export function* digestBodies(
  sections: readonly PlainSection[],
  title: string | undefined,
  targetPosts: number,
  fits: (body: string) => boolean,
  limit: number,
): Generator<void, Digest> {
  const target = Math.max(1, Math.floor(targetPosts));
  const blocks: Block[] = [];
  const inputs = sections.flatMap((section, index) => section.blocks.map((text, position) => {
    blocks.push({ text, section: index, sentences: [] });
    return { text, heading: section.heading, opensSection: position === 0 };
  }));
  if (blocks.length === 0) return { bodies: [], notes: [] };
  const ranked = yield* rankSentences(inputs);
  for (const sentence of ranked) blocks[sentence.block].sentences.push(sentence);
  const used = new Set<RankedSentence>();
  const composer = new PostComposer(fits, limit, used);

  const isClosing = (section: PlainSection) => section.heading !== undefined && CLOSING_HEADING.test(section.heading);
  const blocksOf = (predicate: (section: PlainSection) => boolean) =>
    blocks.flatMap((block, index) => (predicate(sections[block.section]) ? [index] : []));
  const introBlocks = blocksOf((section) => section.level === 0);
  const closingBlocks = blocksOf(isClosing);
  const last = blocks.length - 1;
  const callToAction = last > 0 && !LIST_ITEM.test(blocks[last].text) && !closingBlocks.includes(last) ? [last] : [];
  const hasClosing = target >= 3 && closingBlocks.length + callToAction.length > 0;

  // The hook: the title with the intro's strongest sentence when both fit, else what fits of them.
  const strongTitle = title !== undefined && title.split(/\s+/).length >= STRONG_TITLE_WORDS;
  const hook = composer.compose(strongTitle ? title : undefined, sentencesOf(blocks, introBlocks), { most: 1 })
    ?? composer.compose(title, [], {});
  const bodies: string[] = [];
  const notes: string[] = [];
  if (hook !== undefined) bodies.push(hook);

  const closingPool = sentencesOf(blocks, [...closingBlocks, ...callToAction]);
  const closingLine = sentencesOf(blocks, callToAction);
  const closing = hasClosing ? composer.compose(undefined, closingPool, { required: closingLine }) : undefined;

  const budget = Math.max(0, target - bodies.length - (closing === undefined ? 0 : 1));
  const excluded = new Set([...closingBlocks, ...(hasClosing ? callToAction : []), ...(introBlocks.length > 1 ? [] : introBlocks)]);
  const parts = budget === 0 ? [] : fittedParts(sections, blocks, excluded, budget);
  for (const part of parts) {
    yield;
    for (const post of splitPart(part, blocks)) {
      const body = composer.compose(post.heading, sentencesOf(blocks, post.blocks), { leads: post.leads });
      if (body !== undefined) bodies.push(body);
    }
  }
  if (closing !== undefined) bodies.push(closing);
  const uncut = bodies.flatMap((body) => (fits(body) ? [body] : composer.cut(body, notes)));
  return { bodies: uncut, notes };
}

function sentencesOf(blocks: readonly Block[], indexes: readonly number[]): RankedSentence[] {
  return indexes.flatMap((index) => blocks[index].sentences);
}

/** Groups the sections into parts at the heading level whose part count comes closest to the budget, then fits the count to it. */
function fittedParts(sections: readonly PlainSection[], blocks: readonly Block[], excluded: ReadonlySet<number>, budget: number): Part[] {
  const levels = [...new Set(sections.filter((section) => section.heading !== undefined).map((section) => section.level))].sort((a, b) => a - b);
  const whole = partsAt(0, sections, blocks, excluded);
  let best = whole;
  for (const level of levels) {
    const parts = partsAt(level, sections, blocks, excluded);
    const distance = Math.abs(parts.length - budget);
    const bestDistance = Math.abs(best.length - budget);
    // On a tie with the whole post as one part, the heading level wins: its parts carry their headings.
    if (best.length === 0 || distance < bestDistance || (distance === bestDistance && best === whole)) best = parts;
  }
  const sizeOf = (part: Part) => part.blocks.reduce((sum, index) => sum + blocks[index].text.length, 0);
  if (best.length > budget) best = mergedParts(best, budget, sizeOf);
  // Too few parts: the longest, per post, takes another post while it has text enough for one.
  let total = best.length;
  while (total < budget) {
    let longest: Part | undefined;
    for (const part of best) {
      if (part.blocks.length <= part.posts || sizeOf(part) / (part.posts + 1) < TEXT_PER_EXTRA_POST) continue;
      if (longest === undefined || sizeOf(part) / part.posts > sizeOf(longest) / longest.posts) longest = part;
    }
    if (longest === undefined) break;
    longest.posts++;
    total++;
  }
  return best;
}

/** The post's parts when every heading of `level` or higher starts one (level 0: the whole post is one part). */
function partsAt(level: number, sections: readonly PlainSection[], blocks: readonly Block[], excluded: ReadonlySet<number>): Part[] {
  const parts: Part[] = [];
  let current: Part | undefined;
  let childLevel = Infinity;
  const blocksOfSection = new Map<number, number[]>();
  blocks.forEach((block, index) => {
    if (excluded.has(index)) return;
    const list = blocksOfSection.get(block.section) ?? [];
    list.push(index);
    blocksOfSection.set(block.section, list);
  });
  sections.forEach((section, index) => {
    const own = blocksOfSection.get(index) ?? [];
    const opens = section.heading !== undefined && section.level <= level && !CLOSING_HEADING.test(section.heading);
    if (current === undefined || opens) {
      current = { heading: opens ? phrased(section.heading!) : undefined, blocks: [], subheadings: [], subsectionStarts: new Map(), posts: 1 };
      childLevel = Infinity;
      parts.push(current);
    } else if (section.heading !== undefined && !CLOSING_HEADING.test(section.heading)) {
      childLevel = Math.min(childLevel, section.level);
      const heading = phrased(section.heading);
      if (section.level === childLevel) current.subheadings.push(heading);
      if (own.length > 0) current.subsectionStarts.set(own[0], heading);
    }
    current.blocks.push(...own);
  });
  return parts.filter((part) => part.blocks.length > 0);
}

/** Merges neighbouring parts into `budget` runs of similar size; each run keeps its first heading and lists the others. */
function mergedParts(parts: readonly Part[], budget: number, sizeOf: (part: Part) => number): Part[] {
  return partitionBySize(parts, budget, sizeOf).map((group) => ({
    heading: group[0].heading,
    blocks: group.flatMap((part) => part.blocks),
    subheadings: group.length > 1 ? group.slice(1).flatMap((part) => (part.heading === undefined ? [] : [part.heading])) : group[0].subheadings,
    subsectionStarts: new Map(group.flatMap((part) => [...part.subsectionStarts])),
    posts: 1,
  }));
}

/** A part's posts: its blocks in `posts` runs of similar size; a later run opens with its subsection's heading. */
function splitPart(part: Part, blocks: readonly Block[]): { heading?: string; blocks: number[]; leads: string[] }[] {
  if (part.posts === 1) return [{ heading: part.heading, blocks: part.blocks, leads: leadsOf(part.blocks, part.subheadings, blocks) }];
  return partitionBySize(part.blocks, part.posts, (index) => blocks[index].text.length).map((run, position) => ({
    heading: position === 0 ? part.heading : subsectionHeading(part, run[0]),
    blocks: run,
    leads: leadsOf(run, [], blocks),
  }));
}

/** The heading of the subsection a block sits in (undefined before the part's first subsection), so a post that starts mid-subsection still says what it is about. */
function subsectionHeading(part: Part, block: number): string | undefined {
  let heading: string | undefined;
  for (const [start, subheading] of part.subsectionStarts) if (start <= block) heading = subheading;
  return heading;
}

/** What a list of can stand for a part: its subsections' headings, else its list items' lead phrases. */
function leadsOf(indexes: readonly number[], subheadings: readonly string[], blocks: readonly Block[]): string[] {
  if (subheadings.length >= 3) return [...subheadings];
  return indexes.flatMap((index) => {
    const match = LEAD_PHRASE.exec(blocks[index].text);
    return match === null ? [] : [match[1].trim()];
  });
}

/** A heading as a post would say it: without a trailing colon. */
function phrased(heading: string): string {
  return heading.replace(TRAILING_COLON, '');
}

interface ComposeOptions {
  /** At most this many sentences. */
  most?: number;
  /** Sentences that must be in the post (the closing line), when they fit. */
  required?: readonly RankedSentence[];
  /** Lead phrases that can stand, as a list, for sentences the post has no room for. */
  leads?: readonly string[];
}

/** Builds posts from whole sentences, best first, each post in reading order. */
class PostComposer {
  constructor(
    private readonly fits: (body: string) => boolean,
    private readonly limit: number,
    private readonly used: Set<RankedSentence>,
  ) {}

  /** The heading and the best unused sentences that fit with it; undefined when there is nothing to say. */
  compose(heading: string | undefined, pool: readonly RankedSentence[], options: ComposeOptions): string | undefined {
    const chosen: RankedSentence[] = [];
    const text = (sentences: readonly RankedSentence[], leads: readonly string[] = []) => [
      ...(heading === undefined ? [] : [heading]),
      ...(sentences.length === 0 ? [] : [[...sentences].sort((a, b) => a.order - b.order).map((sentence) => sentence.text).join(' ')]),
      ...leads.map((lead) => `- ${lead}`),
    ].join('\n');
    const tryAdd = (sentence: RankedSentence) => {
      // The closing line is both required and in the pool: taken once.
      if (this.used.has(sentence) || chosen.includes(sentence) || !this.mayFit(sentence.text) || chosen.length >= (options.most ?? Infinity)) return;
      if (this.fits(text([...chosen, sentence]))) chosen.push(sentence);
    };
    (options.required ?? []).forEach(tryAdd);
    // Best value per character first: a post has room for so many characters, so two crisp sentences beat one long one.
    const value = (sentence: RankedSentence) => sentence.score / Math.sqrt(sentence.text.length);
    const candidates = [...pool].sort((a, b) => value(b) - value(a)).slice(0, CANDIDATES_PER_POST);
    const leads = options.leads ?? [];
    if (leads.length >= 3 && this.fits(text([], leads))) {
      // A list of the part's lead phrases says more than the one or two sentences that fit: keep the best sentence that fits before it.
      const best = candidates.find((sentence) => !this.used.has(sentence) && this.mayFit(sentence.text) && this.fits(text([sentence], leads)));
      if (best !== undefined) this.used.add(best);
      return text(best === undefined ? [] : [best], leads);
    }
    candidates.forEach(tryAdd);
    chosen.forEach((sentence) => this.used.add(sentence));
    if (chosen.length === 0 && heading === undefined) return undefined;
    return text(chosen);
  }

  /** False for a sentence too long for any post, found without counting all of it (counting a long run costs more than its length). */
  private mayFit(sentence: string): boolean {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BooleanLiteral: a fast path; a sentence this long fails `fits` too, only later
    if (sentence.length > this.limit * MAX_CHARS_PER_UNIT) return false;
    // Stryker disable next-line ArithmeticOperator: a fast path; any head that does not fit means the sentence does not
    const head = this.limit * HEAD_CHARS_PER_UNIT;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,MethodExpression: a fast path; `fits` decides every sentence it lets through
    return sentence.length <= head || this.fits(sentence.slice(0, head));
  }

  /** A post that cannot fit even bare (a heading or title longer than a post): cut into posts, and said so. */
  cut(body: string, notes: string[]): string[] {
    const pieces = packPosts([[{ text: body, lead: false }]], this.fits, this.limit);
    notes.push(`"${body.slice(0, 40)}…" is longer than one post, so it takes ${pieces.length}.`);
    return pieces;
  }
}
