import { classifyPlainLine, FENCE } from '../post/markdownLines';
import { POST_LABEL } from '../post/postModel';
import { CutPoints, firstCutAfter, skipBreakingSpaces, trimBreakingSpaces } from './cutPoints';
import { runSteps, type Steps } from './steps';

/** One line of text to place in the thread; lead lines (the hook, headings) start the post that the text after them continues. */
export interface PackBlock {
  text: string;
  lead: boolean;
}

/**
 * Packs sections into post bodies, greedily: each section starts a new post; whole lines go into the
 * current post while they fit, a line that fits a post of its own moves to the next one, and a line too
 * long for any post is cut between sentences, then words, then grapheme clusters. `fits` is the platform's
 * own count with room for the label; `limit` (the platform's limit, in its units) bounds how long a text
 * can be before it is worth counting. Passing the same `cutPoints` map to repeated packings of the same
 * blocks finds each block's cut points once.
 */
export function packPosts(
  sections: readonly (readonly PackBlock[])[],
  fits: (body: string) => boolean,
  limit: number,
  cutPoints: Map<PackBlock, CutPoints> = new Map(),
): string[] {
  return runSteps(packPostSteps(sections, fits, limit, cutPoints));
}

/** `packPosts` in slices: pauses after each block, so a long post can be packed without holding up its caller. */
export function* packPostSteps(
  sections: readonly (readonly PackBlock[])[],
  fits: (body: string) => boolean,
  limit: number,
  cutPoints: Map<PackBlock, CutPoints> = new Map(),
): Steps<string[]> {
  const packer = new PostPacker(fits, limit, cutPoints);
  for (const section of sections) {
    packer.startSection();
    for (const block of section) {
      packer.add(block);
      yield;
    }
  }
  return packer.finish();
}

/** Adds a line to a post body; a line the post parser would read as a label, heading, break or fence joins the previous line instead. */
export function joinLines(body: string, line: string): string {
  if (body === '') return line;
  const readAsStructure = POST_LABEL.test(line) || FENCE.test(line) || classifyPlainLine(line).type !== 'text';
  return `${body}${readAsStructure ? ' ' : '\n'}${line}`;
}

/** No platform counts more than this many characters per unit of its limit (X: a 4,096-character link counts 23). */
export const MAX_CHARS_PER_UNIT = 200;
export const HEAD_CHARS_PER_UNIT = 4;

class PostPacker {
  private readonly posts: string[] = [];
  private current = '';
  private hasBody = false;

  /** No body longer than this can fit, so longer candidates are never built or counted. */
  private readonly maxChars: number;
  /** A candidate longer than this is first tried by its head: when the head does not fit, neither does the whole. */
  private readonly headChars: number;

  constructor(private readonly fits: (body: string) => boolean, limit: number, private readonly cutPoints: Map<PackBlock, CutPoints>) {
    this.maxChars = limit * MAX_CHARS_PER_UNIT;
    this.headChars = limit * HEAD_CHARS_PER_UNIT;
  }

  startSection(): void {
    if (this.hasBody) this.flush();
  }

  add(block: PackBlock): void {
    const { text } = block;
    let cuts = this.cutPoints.get(block);
    if (cuts === undefined) {
      cuts = new CutPoints(text);
      this.cutPoints.set(block, cuts);
    }
    let position = skipBreakingSpaces(text, 0);
    while (position < text.length) {
      const sentenceCuts = cuts.sentences();
      const firstSentence = firstCutAfter(sentenceCuts, position);
      const lastCut = sentenceCuts.length - 1;
      const sentencesHere = this.longestFit(this.current, cuts, position, sentenceCuts, firstSentence);
      if (sentencesHere === lastCut) {
        this.place(text.slice(position), block.lead);
        return;
      }
      const canMoveOn = block.lead ? this.current !== '' : this.hasBody;
      if (canMoveOn && (sentencesHere === -1 || this.longestFit('', cuts, position, sentenceCuts, firstSentence) === lastCut)) {
        this.flush();
        continue;
      }
      // After only the hook or a heading, a sentence that fits a post of its own is not cut to fill this one:
      // it moves to the next post and the lead lines stand alone.
      if (!canMoveOn && this.current !== '' && sentencesHere === -1 && this.longestFit('', cuts, position, sentenceCuts, firstSentence) !== -1) {
        this.flush();
        continue;
      }
      let cut = sentencesHere === -1 ? -1 : sentenceCuts[sentencesHere];
      if (cut === -1) cut = this.fill(cuts, position, cuts.words(position));
      if (cut === -1 && this.current !== '') {
        this.flush();
        continue;
      }
      if (cut === -1) {
        const graphemeCuts = cuts.graphemes(position);
        cut = this.fill(cuts, position, graphemeCuts);
        // Nothing fits: an unbreakable piece (a URL, a number…) longer than a post gets a post of its own.
        if (cut === -1) cut = graphemeCuts[firstCutAfter(graphemeCuts, position)];
      }
      this.place(text.slice(position, cut), block.lead);
      this.flush();
      position = skipBreakingSpaces(text, cut);
    }
  }

  finish(): string[] {
    this.flush();
    return this.posts;
  }

  /** The farthest cut whose text still fits after the current post's lines, or -1. */
  private fill(points: CutPoints, position: number, cuts: readonly number[]): number {
    const index = this.longestFit(this.current, points, position, cuts, firstCutAfter(cuts, position));
    return index === -1 ? -1 : cuts[index];
  }

  /**
   * The index of the farthest cut in `cuts[from…]` whose text fits after `body`, or -1. Probes 1, 2, 4, 8…
   * cuts ahead, then bisects, so a post costs a few counts however long the text is.
   */
  private longestFit(body: string, points: CutPoints, position: number, cuts: readonly number[], from: number): number {
    const { text } = points;
    const fitsFrom = (end: number) => this.fits(joinLines(body, trimBreakingSpaces(text.slice(position, end))));
    const fitsAt = (index: number) => {
      const end = cuts[index];
      if (body.length + end - position > this.maxChars) return false;
      if (end - position > this.headChars && !fitsFrom(points.outsideUnbreakable(position + this.headChars))) return false;
      return fitsFrom(end);
    };
    let good = -1;
    let bad = cuts.length;
    for (let ahead = 0; from + ahead < cuts.length; ahead = ahead * 2 + 1) {
      if (!fitsAt(from + ahead)) {
        bad = from + ahead;
        break;
      }
      good = from + ahead;
    }
    if (good === -1) return -1;
    while (bad - good > 1) {
      const middle = (good + bad) >> 1;
      if (fitsAt(middle)) good = middle;
      else bad = middle;
    }
    return good;
  }

  private place(piece: string, lead: boolean): void {
    this.current = joinLines(this.current, trimBreakingSpaces(piece));
    if (!lead) this.hasBody = true;
  }

  private flush(): void {
    if (this.current !== '') this.posts.push(this.current);
    this.current = '';
    this.hasBody = false;
  }
}
