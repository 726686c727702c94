// ROUGE-1 of a generated thread against a writer's own: how many of the writer's words it says, and how many of its words are the writer's.
import { bodySections, convertToThread, type ConvertMode } from '../src/core/convert/convertToThread';
import { CutPoints } from '../src/core/convert/cutPoints';
import { STOP_WORDS } from '../src/core/convert/sentenceRank';
import { xProfile } from '../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS, parsePost, POST_LABEL } from '../src/core/post/postModel';

/** Recall, precision and F1 of one thread against one reference. */
export interface Rouge {
  recall: number;
  precision: number;
  f1: number;
}

/** ROUGE-1 over content words (lower-cased, stop words removed), each word counted at most as often as the reference has it. */
export function rouge1(candidate: string, reference: string): Rouge {
  const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
  const counts = (text: string) => words(text).reduce((map, word) => map.set(word, (map.get(word) ?? 0) + 1), new Map<string, number>());
  const ours = counts(candidate);
  const theirs = counts(reference);
  let overlap = 0;
  for (const [word, count] of ours) overlap += Math.min(count, theirs.get(word) ?? 0);
  const total = (map: Map<string, number>) => [...map.values()].reduce((sum, count) => sum + count, 0);
  const recall = overlap / Math.max(1, total(theirs));
  const precision = overlap / Math.max(1, total(ours));
  return { recall, precision, f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision) };
}

/** The text of each hand-written thread of a post, labels removed. */
export function writersThreads(text: string): string[] {
  return (parsePost(text).threadsBlock?.threads ?? []).map((thread) => thread.posts.map((post) => post.text.replace(POST_LABEL, '')).join('\n'));
}

/** A thread's posts, labels removed, made by Threadwright in `mode`. */
export function convertedPosts(text: string, mode: ConvertMode): string[] {
  const thread = convertToThread(text, { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS, mode });
  return thread.posts.map((post) => post.replace(POST_LABEL, ''));
}

/** The lead baseline: each section's heading and its first sentence. */
export function leadBaseline(text: string): string[] {
  return bodySections(text, DEFAULT_THREADS_HEADINGS).flatMap((section) => {
    const first = section.blocks[0]?.replace(/^(?:- |\d+[.)] )/, '') ?? '';
    const sentence = first.slice(0, new CutPoints(first).sentences()[0]).trim();
    return [[section.heading, sentence].filter((line) => line !== undefined && line !== '').join('\n')];
  });
}

/**
 * The hindsight ceiling: whole sentences and headings of the body, chosen greedily to maximise the average F1
 * against the writer's threads themselves. No rule can beat it; it says how far extraction alone can go.
 */
export function hindsightCeiling(text: string, references: readonly string[]): string[] {
  const units = bodySections(text, DEFAULT_THREADS_HEADINGS).flatMap((section) => [
    ...(section.heading === undefined ? [] : [section.heading]),
    ...section.blocks.flatMap((block) => {
      const plain = block.replace(/^(?:- |\d+[.)] )/, '');
      const ends = new CutPoints(plain).sentences();
      return ends.map((end, index) => plain.slice(index === 0 ? 0 : ends[index - 1], end).trim()).filter((sentence) => sentence !== '');
    }),
  ]);
  const averageF1 = (chosen: readonly string[]) => references.reduce((sum, reference) => sum + rouge1(chosen.join('\n'), reference).f1, 0) / references.length;
  const chosen: string[] = [];
  for (let best = 0; ;) {
    const scored = units.filter((unit) => !chosen.includes(unit)).map((unit) => ({ unit, f1: averageF1([...chosen, unit]) }));
    const next = scored.reduce<{ unit: string; f1: number } | undefined>((top, candidate) => (top === undefined || candidate.f1 > top.f1 ? candidate : top), undefined);
    if (next === undefined || next.f1 <= best) return chosen;
    chosen.push(next.unit);
    best = next.f1;
  }
}
