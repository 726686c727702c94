import * as assert from 'node:assert/strict';
import { CutPoints, skipBreakingSpaces, trimBreakingSpaces } from '../../src/core/convert/cutPoints';
import { segmenterFor } from '../../src/core/post/segmenters';

/** Where Intl.Segmenter, run on the whole text, starts each segment after the first, then the text's end. */
function segmenterCuts(text: string, granularity: 'sentence' | 'grapheme'): number[] {
  const starts = [...new Intl.Segmenter('en', { granularity }).segment(text)].map(({ index }) => index);
  return [...starts.slice(1), text.length];
}

/** Runs `body` while counting the calls of the shared segmenter of a granularity. */
function countingSegments(granularity: 'word' | 'grapheme', body: () => void): number {
  const segmenter = segmenterFor(granularity, 'en');
  const segment = segmenter.segment.bind(segmenter);
  let calls = 0;
  segmenter.segment = (input: string) => (calls++, segment(input));
  try {
    body();
  } finally {
    delete (segmenter as { segment?: unknown }).segment;
  }
  return calls;
}

suite('cut points: sentences, words and grapheme clusters', () => {
  test('the breaking spaces around a piece are trimmed; no-break spaces are text and stay', () => {
    assert.equal(trimBreakingSpaces(' \t Hello world \n'), 'Hello world');
    assert.equal(trimBreakingSpaces('\u00a0Hello\u202f'), '\u00a0Hello\u202f');
    assert.equal(skipBreakingSpaces('  \tHello', 0), 3);
    assert.equal(skipBreakingSpaces('Hello  ', 5), 7);
    assert.equal(skipBreakingSpaces('Hello', 1), 1);
    assert.equal(skipBreakingSpaces('\u00a0Hello', 0), 0);
  });

  test('sentence cuts are where Intl.Segmenter starts each sentence, then the end; never the start', () => {
    const text = 'One two. Three four. Five?';
    assert.deepEqual(new CutPoints(text).sentences(), [9, 21, 26]);
    assert.deepEqual(new CutPoints(text).sentences(), segmenterCuts(text, 'sentence'));
  });

  test('word cuts fall after spaces, within the sentence that holds the offset, ending at its end', () => {
    const cuts = new CutPoints('One two. Three four.');
    assert.deepEqual(cuts.words(0), [4, 9]);
    assert.deepEqual(cuts.words(8), [4, 9]);
    assert.deepEqual(cuts.words(9), [15, 20]);
    assert.deepEqual(cuts.words(17), [15, 20]);
  });

  test('no word cut before a space, nor between a space and a line break, nor inside a hyphenated word', () => {
    assert.deepEqual(new CutPoints('a \nb').words(0), [3]);
    assert.deepEqual(new CutPoints('well-known fact').words(0), [11, 15]);
  });

  test('Japanese words may be cut between them, but not after an opening bracket nor before punctuation', () => {
    // 彼|は|「日本」|と|言|っ|た。 — Intl.Segmenter's words; 「 opens, 」 and 。 are not words.
    assert.deepEqual(new CutPoints('彼は「日本」と言った。').words(0), [1, 6, 7, 8, 9, 11]);
    // A cut between a Latin word and a Japanese one, either way round.
    assert.deepEqual(new CutPoints('日本のAIです。').words(0), [2, 3, 5, 8]);
  });

  test('grapheme cuts cover the word that holds the offset, never inside a cluster nor a number', () => {
    assert.deepEqual(new CutPoints('ab12cd').graphemes(0), [1, 2, 4, 5, 6]);
    const family = '👩‍👩‍👧‍👦';
    assert.deepEqual(new CutPoints(`${family} ok`).graphemes(0), [family.length, family.length + 1]);
    const second = new CutPoints('Hi. Ok now.');
    assert.deepEqual(second.graphemes(5), [5, 6, 7]);
    assert.deepEqual(second.graphemes(8), [8, 9, 10, 11]);
    assert.deepEqual(second.graphemes(8), segmenterCuts('now.', 'grapheme').map((cut) => cut + 7));
  });

  test('the words of a sentence, and the clusters of a word, are segmented once however many offsets ask', () => {
    const cuts = new CutPoints('One two three. Four five.');
    assert.equal(countingSegments('word', () => [0, 5, 9, 13].forEach((at) => cuts.words(at))), 1);
    assert.equal(countingSegments('grapheme', () => [8, 9, 10].forEach((at) => cuts.graphemes(at))), 1);
  });
});
