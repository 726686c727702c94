import * as assert from 'node:assert/strict';
import { contentWords, rankSentences, type RankInput, type RankedSentence } from '../../src/core/convert/sentenceRank';
import { runSteps } from '../../src/core/convert/steps';

/** The ranked sentences of the blocks, ranked in one go. */
function ranked(blocks: readonly RankInput[]): RankedSentence[] {
  return runSteps(rankSentences(blocks));
}

/** The score of each sentence, in reading order. */
function scores(blocks: readonly RankInput[]): number[] {
  return ranked(blocks).map((sentence) => sentence.score);
}

/** The score of a lone sentence in a block that does not open its section. */
function alone(text: string, heading?: string): number {
  const [only, ...more] = ranked([{ text, heading, opensSection: false }]);
  assert.equal(more.length, 0, `one sentence in "${text}"`);
  return only.score;
}

/** Asserts each score equals the expected one, up to rounding. */
function assertScores(actual: readonly number[], expected: readonly number[]): void {
  assert.equal(actual.length, expected.length, `${actual.join(', ')}`);
  actual.forEach((score, index) => assert.ok(Math.abs(score - expected[index]) < 1e-9, `sentence ${index}: ${score}, expected ${expected[index]}`));
}

suite('sentence rank: content words', () => {
  test('lower-cased words in order, without one-letter words and function words', () => {
    assert.deepEqual(contentWords('The Cat’s 2 dogs, a b IT-team and THE end'), ['cat’s', 'dogs', 'it-team', 'end']);
  });

  test('a text of no words has no content words', () => {
    assert.deepEqual(contentWords('!! … —'), []);
  });
});

suite('sentence rank: scores', () => {
  test('a lone sentence is as central as can be (1); opening its section adds 0.5', () => {
    assertScores([alone('Solar farms power remote villages.')], [1]);
    assertScores(scores([{ text: 'Solar farms power remote villages.', opensSection: true }]), [1.5]);
  });

  test('centrality is the cosine with the post’s centroid, each word weighted by its count times ln(1 + sentences / sentences holding it), relative to the most central', () => {
    const text = 'Farmers plant maize, maize and beans. Farmers sell beans at markets. Markets open early every weekday.';
    // Worked by hand: 3 sentences; farmers, beans, markets are in 2 of them twice each; maize twice in one; the rest once.
    const shared = 2 * Math.log(1 + 3 / 2);
    const maize = 2 * Math.log(1 + 3 / 1);
    const once = Math.log(1 + 3 / 1);
    // dot product with the centroid over the sentence's own norm (the centroid's norm is common to all and cancels).
    const raw = [
      (shared + once + 2 * maize + shared) / Math.sqrt(1 + 1 + 2 * 2 + 1),
      (shared + once + shared + shared) / Math.sqrt(4),
      (shared + 4 * once) / Math.sqrt(5),
    ];
    const most = Math.max(...raw);
    assertScores(scores([{ text, opensSection: false }]), raw.map((value) => value / most));
    assert.deepEqual(ranked([{ text, opensSection: false }]).map(({ text: said, order, block }) => [said, order, block]), [
      ['Farmers plant maize, maize and beans.', 0, 0],
      ['Farmers sell beans at markets.', 1, 0],
      ['Markets open early every weekday.', 2, 0],
    ]);
  });

  test('only the first sentence of a block that opens its section gains 0.5', () => {
    const sentence = 'Farmers plant maize and beans.';
    const blocks = [
      { text: `${sentence} ${sentence}`, opensSection: true },
      { text: sentence, opensSection: false },
      { text: sentence, opensSection: true },
    ];
    assertScores(scores(blocks), [1.5, 1, 1, 1.5]);
    assert.deepEqual(ranked(blocks).map(({ order, block }) => [order, block]), [[0, 0], [1, 0], [2, 1], [3, 2]]);
  });

  test('blocks with no text, such as an empty list item, give no sentence', () => {
    const result = ranked([{ text: '- ', opensSection: true }, { text: '   ', opensSection: true }, { text: 'One two three four.', opensSection: true }]);
    assert.deepEqual(result, [{ text: 'One two three four.', order: 0, block: 2, score: 1.5 }]);
  });

  test('a list item is ranked without its marker', () => {
    assert.deepEqual(ranked([{ text: '2. Solar farms power villages.', opensSection: false }]).map((sentence) => sentence.text), ['Solar farms power villages.']);
  });

  test('a sentence of function words only is not central at all, and short', () => {
    assertScores(scores([{ text: 'Solar farms power remote villages. It is so.', opensSection: false }]), [1, -0.3]);
  });

  test('fewer than four content words cost 0.3; four do not', () => {
    assertScores([alone('Solar farms win.')], [0.7]);
    assertScores([alone('Solar farms win bids.')], [1]);
  });
});

suite('sentence rank: names', () => {
  test('a capitalised word the post repeats is a name: each use earns 0.05', () => {
    assertScores([alone('Miners run Koii nodes for Koii.')], [1.1]);
  });

  test('at most three uses of names count', () => {
    assertScores([alone('Miners run Koii, Koii, Koii and Koii nodes.')], [1.15]);
  });

  test('a capitalised word used once is no name', () => {
    assertScores([alone('Solar farms power Nairobi homes.')], [1]);
  });

  test('a lower-case word repeated is no name', () => {
    assertScores([alone('Solar farms power farms nearby.')], [1]);
  });

  test('a sentence’s first word is capitalised anyway: it does not make a name', () => {
    assertScores([alone('Koii miners run koii nodes.')], [1]);
  });
});

suite('sentence rank: heading words', () => {
  test('sharing every content word of the heading adds 0.2; half of them 0.1', () => {
    assertScores([alone('Solar farms sell power cheaply.', 'Solar power')], [1.2]);
    assertScores([alone('Solar farms sell electricity cheaply.', 'Solar power')], [1.1]);
  });

  test('the heading bonus is at most 0.2, however often its words come back', () => {
    assertScores([alone('Solar panels beat solar farms.', 'Solar')], [1.2]);
  });

  test('a heading of function words only, or none, adds nothing', () => {
    assertScores([alone('Solar farms sell power cheaply.', 'About this')], [1]);
    assertScores([alone('Solar farms sell power cheaply.')], [1]);
  });
});

suite('sentence rank: slices', () => {
  /** How many times ranking `count` one-sentence blocks pauses. */
  function pauses(count: number): number {
    const steps = rankSentences(Array.from({ length: count }, () => ({ text: 'Farmers plant maize and beans.', opensSection: false })));
    let paused = 0;
    while (steps.next().done !== true) paused++;
    return paused;
  }

  test('the ranking pauses once every 200 blocks', () => {
    assert.equal(pauses(199), 0);
    assert.equal(pauses(200), 1);
    assert.equal(pauses(400), 2);
  });
});
