import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import twitterText from 'twitter-text';
import { forEachGrapheme } from '../../src/core/count/graphemes';
import { overBy, xProfile } from '../../src/core/count/platforms';

const { parseTweet } = twitterText;
const FAMILY = '👩‍👩‍👧‍👦';

/** Text mixing everything X weighs differently: ASCII, CJK, emoji, NFD accents, X's invalid characters, line breaks. */
const xText = fc
  .array(fc.constantFrom('a', 'word ', '日本', 'é', 'e\u0301', 'o\u0308\u0301', FAMILY, '👍🏽', '\n', ' ', '\uFEFF', '\uFFFE', '\uFFFF', '\u1100\u1161', '#tag ', '@name '), { maxLength: 260 })
  .map((pieces) => pieces.join(''));

/** The end of the grapheme cluster that starts at `offset`. */
function clusterEnd(text: string, offset: number): number {
  let end = text.length;
  forEachGrapheme(text, (start, clusterEndAt) => {
    if (start === offset) end = clusterEndAt;
  });
  return end;
}

suite('X, against twitter-text itself', () => {
  test('on any text the length is parseTweet’s weightedLength and "fits" is parseTweet’s valid', () => {
    fc.assert(fc.property(xText, (text) => {
      const measured = xProfile.measure(text);
      assert.equal(measured.length, parseTweet(text).weightedLength);
      assert.equal(measured.fits, parseTweet(text).valid);
      assert.equal(overBy(measured) === undefined, parseTweet(text).valid);
    }), { numRuns: 400 });
  });

  test('on any text past the limit, the overflow starts at the first character past 280 in the writer’s own text', () => {
    const long = fc.tuple(fc.integer({ min: 200, max: 300 }), xText).map(([count, tail]) => 'a'.repeat(count) + tail);
    fc.assert(fc.property(long, (text) => {
      const start = xProfile.measure(text).overflowStart;
      if (parseTweet(text).weightedLength <= 280) return assert.equal(start, undefined);
      assert.ok(start !== undefined && start < text.length);
      assert.ok(parseTweet(text.slice(0, start)).weightedLength <= 280, 'everything before the overflow fits');
      assert.ok(parseTweet(text.slice(0, clusterEnd(text, start))).weightedLength > 280, 'the character at the overflow does not');
    }), { numRuns: 300 });
  });

  test('an empty post, a post of only U+FEFF, and text holding U+FFFE or U+FFFF do not fit, as parseTweet says', () => {
    for (const text of ['', '\uFEFF', 'hello \uFFFE', 'hello \uFFFF world']) {
      const measured = xProfile.measure(text);
      assert.equal(parseTweet(text).valid, false, JSON.stringify(text));
      assert.equal(measured.fits, false, JSON.stringify(text));
    }
    assert.equal(overBy(xProfile.measure('')), 'empty');
    assert.equal(xProfile.measure('').refusal?.reason, 'is empty, and X refuses an empty post');
    const withMark = xProfile.measure('1/2 a\uFEFFb');
    assert.equal(overBy(withMark), 'U+FEFF not allowed');
    assert.equal(withMark.refusal?.reason, 'has U+FEFF, a character X refuses');
    assert.deepEqual([withMark.refusal?.start, withMark.refusal?.end], [5, 6]);
    assert.equal(xProfile.measure('1/2 ok').fits, true);
  });

  test('text not in NFC: the overflow starts at the composed character, not inside it', () => {
    const text = `${'a'.repeat(280)}e\u0301`;
    assert.equal(parseTweet(text).weightedLength, 281);
    assert.equal(xProfile.measure(text).overflowStart, 280);
    const decomposedEarly = `${'e\u0301'.repeat(100)}${'a'.repeat(181)}`;
    assert.equal(xProfile.measure(decomposedEarly).overflowStart, 200 + 180);
     // Composed, the last character is U+1EB9 U+0301: the limit falls between the two, and the overflow starts at the
    // character, not inside it.
    const splitByTheLimit = `${'a'.repeat(278)}e\u0323\u0301`;
    assert.deepEqual([parseTweet(splitByTheLimit).weightedLength, parseTweet(splitByTheLimit.normalize('NFC')).validRangeEnd], [281, 278]);
    assert.equal(xProfile.measure(splitByTheLimit).overflowStart, 278);
  });

  test('a character written composed keeps the overflow where twitter-text puts it, decomposed characters before it or not', () => {
    // q with U+0301 has no composed form, so it is NFC: twitter-text's valid range ends between the two, 280 in.
    const composed = `\u00e9${'a'.repeat(278)}q\u0301`;
    assert.deepEqual([composed.normalize('NFC') === composed, parseTweet(composed).validRangeEnd + 1], [true, composed.length - 1]);
    assert.equal(xProfile.measure(composed).overflowStart, composed.length - 1);
    const decomposedBefore = `e\u0301${'a'.repeat(278)}q\u0301`;
    assert.equal(parseTweet(decomposedBefore).validRangeEnd + 1, decomposedBefore.length - 1);
    assert.equal(xProfile.measure(decomposedBefore).overflowStart, decomposedBefore.length - 1);
  });

  test('after an invalid character the overflow still starts at the first character past the limit', () => {
    const text = `\uFEFF${'a'.repeat(281)}`;
    assert.equal(parseTweet(text).weightedLength, 283);
    assert.equal(xProfile.measure(text).overflowStart, 279);
  });
});
