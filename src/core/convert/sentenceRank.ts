import { CutPoints, trimBreakingSpaces } from './cutPoints';

/** A whole sentence of the post's body, with how much it matters to the post. */
export interface RankedSentence {
  text: string;
  /** Its place in reading order over the whole post. */
  order: number;
  /** The index of the block (paragraph, list item) it comes from. */
  block: number;
  score: number;
}

/** A block of body text to rank: its sentences, the heading it sits under, and whether it opens its section. */
export interface RankInput {
  text: string;
  heading?: string;
  opensSection: boolean;
}

// Common English function words: they say nothing about what a sentence is about.
export const STOP_WORDS = new Set(('a about above after again against all also am an and any are as at be because been before being below '
  + 'between both but by can could did do does doing down during each few for from further had has have having he her here '
  + 'hers him his how i if in into is it its itself just let like made make many may me more most much must my no nor not now '
  + 'of off on once only or other our ours out over own same she should so some such than that the their theirs them then '
  + 'there these they this those through to too under until up us very was we were what when where which while who whom why '
  + 'will with would you your yours').split(' '));
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const NAME = /^(?:\p{Lu}[\p{L}\p{N}’'-]*|\p{N}+)$/u;
const LIST_MARKER = /^(?:- |\d+[.)] )/;
/** Blocks ranked between two pauses, for a caller that runs the ranking in slices. */
const STEP = 200;

/** The content words of a text, lower-cased, in order. */
export function contentWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase()).filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/**
 * Scores every sentence of the post by how central it is to the whole post and where it sits. Centrality is
 * the cosine between the sentence's words and the post's centroid (each word weighted by its count in the
 * post times its inverse sentence frequency): the score TextRank's similarity graph converges to for
 * bag-of-words similarity, computed in one pass instead of over every pair of sentences, so a 5 MB post
 * costs per sentence what a short one costs. A section's opening sentence gains weight (writers state a
 * section's point first), as do names the post repeats and words shared with the section's heading (they
 * say what the section is about); very short sentences lose weight, as they rarely stand alone. Figures
 * earn no bonus: on the example post, rewarding them picked quotes of prices the writer's own threads
 * leave out (ROUGE-1 F1 0.35 instead of 0.37); the figures a digest quotes are copied verbatim all the same.
 */
export function* rankSentences(blocks: readonly RankInput[]): Generator<void, RankedSentence[]> {
  const sentences: { text: string; block: number; first: boolean; words: string[]; heading?: string }[] = [];
  for (const [block, input] of blocks.entries()) {
    if (block % STEP === STEP - 1) yield;
    const text = input.text.replace(LIST_MARKER, '');
    const cuts = new CutPoints(text).sentences();
    let start = 0;
    for (const end of cuts) {
      const sentence = trimBreakingSpaces(text.slice(start, end));
      start = end;
      if (sentence === '') continue;
      sentences.push({ text: sentence, block, first: input.opensSection && sentences.at(-1)?.block !== block, words: contentWords(sentence), heading: input.heading });
    }
  }
  const postCounts = new Map<string, number>();
  const sentenceCounts = new Map<string, number>();
  for (const { words } of sentences) {
    for (const word of words) postCounts.set(word, (postCounts.get(word) ?? 0) + 1);
    for (const word of new Set(words)) sentenceCounts.set(word, (sentenceCounts.get(word) ?? 0) + 1);
  }
  const weight = (word: string) => (postCounts.get(word) ?? 0) * Math.log(1 + sentences.length / (sentenceCounts.get(word) ?? 1));
  let centroidNorm = 0;
  for (const word of postCounts.keys()) centroidNorm += weight(word) ** 2;
  centroidNorm = Math.sqrt(centroidNorm) || 1;
  const names = new Set<string>();
  const centralities = sentences.map(({ text, words }) => {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    let dot = 0;
    let norm = 0;
    for (const [word, count] of counts) {
      dot += count * weight(word);
      norm += count * count;
    }
    (text.match(WORD) ?? []).slice(1).filter((word) => NAME.test(word) && (postCounts.get(word.toLowerCase()) ?? 0) > 1).forEach((name) => names.add(name));
    return norm === 0 ? 0 : dot / (Math.sqrt(norm) * centroidNorm);
  });
  const most = Math.max(1e-9, largest(centralities));
  return sentences.map((sentence, order) => {
    const headingWords = new Set(contentWords(sentence.heading ?? ''));
    const sharedWithHeading = headingWords.size === 0 ? 0 : sentence.words.filter((word) => headingWords.has(word)).length / headingWords.size;
    const nameCount = (sentence.text.match(WORD) ?? []).filter((word) => names.has(word)).length;
    const score = centralities[order] / most
      + (sentence.first ? 0.5 : 0)
      + Math.min(nameCount, 3) * 0.05
      + Math.min(sharedWithHeading, 1) * 0.2
      - (sentence.words.length < 4 ? 0.3 : 0);
    return { text: sentence.text, order, block: sentence.block, score };
  });
}

/** The largest value, without spreading a long array into one call's arguments. */
function largest(values: readonly number[]): number {
  let most = -Infinity;
  for (const value of values) if (value > most) most = value;
  return most;
}
