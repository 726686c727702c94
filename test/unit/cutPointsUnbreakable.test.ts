import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';
import { CutPoints } from '../../src/core/convert/cutPoints';

/** For each offset of the text: the end of the twitter-text entity it falls strictly inside, or the offset itself. */
function twitterOutside(text: string): number[] {
  const entities = twitterText.extractEntitiesWithIndices(text);
  return Array.from({ length: text.length + 1 }, (_, offset) => entities.find(({ indices: [start, end] }) => start < offset && offset < end)?.indices[1] ?? offset);
}

/** For each offset of the text: where `outsideUnbreakable` sends it. */
function ourOutside(text: string): number[] {
  const cuts = new CutPoints(text);
  return Array.from({ length: text.length + 1 }, (_, offset) => cuts.outsideUnbreakable(offset));
}

suite('cut points: never inside links, hashtags, mentions or numbers', () => {
  test('links without a scheme and full-width hashtags and mentions are kept whole, as twitter-text finds them', () => {
    const text = 'see example.com/path now ＃タグ and ＠someone ok';
    assert.deepEqual(twitterText.extractEntitiesWithIndices(text).map(({ indices }) => indices), [[4, 20], [25, 28], [33, 41]]);
    assert.deepEqual(ourOutside(text), twitterOutside(text));
    assert.equal(new CutPoints(text).outsideUnbreakable(10), 20);
    assert.equal(new CutPoints(text).outsideUnbreakable(3), 3);
  });

  test('an entity at the very start or end of the text, with or without a space before it', () => {
    for (const text of ['example.com/a', ' example.com/a', '＃タグ', 'ok ＠someone']) assert.deepEqual(ourOutside(text), twitterOutside(text), text);
    assert.equal(new CutPoints('example.com/a').outsideUnbreakable(1), 13);
  });

  test('overlapping pieces are one piece; pieces that only touch may be cut between', () => {
    // The hashtag-like #2024 and the date 2024-05 overlap: #2024-05 stays whole.
    assert.equal(new CutPoints('#2024-05').outsideUnbreakable(3), 8);
    assert.equal(new CutPoints('#2024-05').outsideUnbreakable(1), 8);
    const touching = new CutPoints('#one#two');
    assert.deepEqual([1, 4, 6].map((offset) => touching.outsideUnbreakable(offset)), [4, 4, 8]);
    assert.deepEqual(touching.graphemes(0), [4, 8]);
  });

  test('pieces found in any order are all kept: numbers before and after links', () => {
    const text = '12 example.com 34 foo.org 56';
    const inside = [[0, 2], [3, 14], [15, 17], [18, 25], [26, 28]];
    const expected = Array.from({ length: text.length + 1 }, (_, offset) => inside.find(([start, end]) => start < offset && offset < end)?.[1] ?? offset);
    assert.deepEqual(ourOutside(text), expected);
    assert.deepEqual(new CutPoints(text).graphemes(0), [2, 3]);
  });

  test('entities in the first of several space-separated stretches are found, with or without a space before it', () => {
    const words = 'lorem '.repeat(200);
    for (const text of [`example.com/a ${words}end`, ` example.com/a ${words}end`, `${words}example.com/a ${words}end`]) {
      assert.deepEqual(ourOutside(text), twitterOutside(text), text.slice(0, 20));
    }
  });

  test('in a run of 1,500 characters without spaces, a link across its first 1,024 characters or near its end is kept whole', () => {
    for (const before of [1020, 1300]) {
      const text = `${','.repeat(before)}example.com${','.repeat(1520 - before)}`;
      assert.deepEqual(twitterText.extractEntitiesWithIndices(text).map(({ indices }) => indices), [[before, before + 11]]);
      assert.deepEqual(ourOutside(text), twitterOutside(text), `link at ${before}`);
    }
  });

  test('a full-width hashtag sign after a letter starts no hashtag, even after a long run', () => {
    const text = `x＃tag ${','.repeat(1100)} end`;
    assert.deepEqual(twitterText.extractEntitiesWithIndices(text), []);
    assert.deepEqual(ourOutside(text), twitterOutside(text));
  });
});
