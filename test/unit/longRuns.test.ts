import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import twitterText from 'twitter-text';
import { compileUserSchema, hasNestedRepetition } from '../../src/core/frontMatter/schema';
import { forEachGrapheme } from '../../src/core/count/graphemes';
import { xProfile } from '../../src/core/count/platforms';
import { extractUrlsInPieces, LONGEST_WHOLE_RUN, type ParsedTweet, parseTweetInPieces } from '../../src/core/count/twitterTextPieces';

const RUNS = { seed: 20261201, numRuns: 60 };

function segmenterClusters(text: string): [number, number][] {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(({ index, segment }) => [index, index + segment.length]);
}

function ourClusters(text: string): [number, number][] {
  const clusters: [number, number][] = [];
  forEachGrapheme(text, (start, end) => clusters.push([start, end]));
  return clusters;
}

/** The part of parseTweet's answer Threadwright reads. */
const readParsed = ({ weightedLength, validRangeEnd }: ParsedTweet) => ({ weightedLength, validRangeEnd });

/** A text measured in pieces has the weighted length, valid range and links twitter-text gives it whole. */
function assertMeasuredAsWhole(text: string, message?: string): void {
  assert.deepEqual(readParsed(parseTweetInPieces(text, 280)), readParsed(twitterText.parseTweet(text)), message);
  assert.deepEqual(extractUrlsInPieces(text), twitterText.extractUrlsWithIndices(text), message);
}

// Pieces a long run is made of: combining marks, joiners, flags and skin tones that a cut must not split.
const piece = fc.constantFrom('日本語', '😀', '👩‍👩‍👧‍👦', '👍🏽', '🇫🇷', 'e\u0301', '\u0301', 'a.', 'x', '\u200d', '\r\n', ' ', 'https://example.com/a');
const longRun = fc.array(piece, { minLength: 100, maxLength: 700 }).map((parts) => parts.join(''));

suite('long runs without spaces: linear and still exact', () => {
  test('grapheme clusters read in windows are the clusters Intl.Segmenter finds in the whole text', () => {
    fc.assert(fc.property(longRun, (text) => assert.deepEqual(ourClusters(text), segmenterClusters(text))), RUNS);
    const giant = `a${'\u0301'.repeat(3000)}b`;
    assert.deepEqual(ourClusters(giant), [[0, 3001], [3001, 3002]]);
  });

  test('a post with a long run is counted by X as twitter-text counts it whole', () => {
    for (const run of ['日'.repeat(1200), '😀'.repeat(700), 'a.'.repeat(900), `${'日'.repeat(600)} see https://example.com/${'p'.repeat(40)} ${'😀'.repeat(400)}`]) {
      assertMeasuredAsWhole(`1/1 Intro ${run} end.`);
    }
  });

  test('any long run, measured in pieces, has the weighted length, valid range and links of parseTweet on the whole', () => {
    const run = fc.array(piece, { minLength: 120, maxLength: 320 }).map((parts) => parts.join(''));
    fc.assert(fc.property(run, (text) => assertMeasuredAsWhole(text)), { seed: 20261202, numRuns: 25 });
  });

  test('a cut never falls inside a character: each kind of continuation sits exactly where the first cut would be', () => {
    // Each pair is a character's start and the code units that continue it; the continuation starts at the first cut.
    const characters = [['\u2764', '\ufe0f'], ['e', '\u0301'], ['1\ufe0f', '\u20e3'], ['\ud83d\udc4d', '\ud83c\udffb'], ['\ud83d\udc4d', '\ud83c\udfff'], ['\ud83d', '\ude00'],
      ['\ud83d\udc69', '\u200d\ud83d\udcbb'], ['\ud83d\udc69\u200d', '\ud83d\udcbb'],
      // The ends of the ranges of continuing code units that change the count when split: U+10000, U+10FFFF, U+0300.
      ['\ud800', '\udc00'], ['\udbff', '\udfff'], ['e', '\u0300']];
    for (const [start, continuation] of characters) {
      assertMeasuredAsWhole(`${'a'.repeat(LONGEST_WHOLE_RUN - start.length)}${start}${continuation}${'b'.repeat(100)}`, JSON.stringify(start + continuation));
    }
  });

  test('a 20,000-character run is given to twitter-text in pieces (the bound and the short text around it), never whole', () => {
    const seen: number[] = [];
    const { parseTweet, extractUrlsWithIndices } = twitterText;
    twitterText.parseTweet = (text) => (seen.push(text.length), parseTweet(text));
    twitterText.extractUrlsWithIndices = (text, options) => (seen.push(text.length), extractUrlsWithIndices(text, options));
    try {
      const text = `1/1 ${'日'.repeat(20_000)} https://example.com/x`;
      const measured = parseTweetInPieces(text, 280);
      const urls = extractUrlsInPieces(text);
      assert.ok(Math.max(...seen) <= 2 * LONGEST_WHOLE_RUN, `longest text given to twitter-text: ${Math.max(...seen)}`);
      // Each 日 weighs 2, as parseTweet weighs a shorter run of them; the link counts 23.
      assert.equal(parseTweet('日'.repeat(1000)).weightedLength, 2000);
      assert.deepEqual([measured.weightedLength, measured.validRangeEnd], [4 + 40_000 + 1 + 23, parseTweet(text.slice(0, 500)).validRangeEnd]);
      assert.deepEqual(urls.map((url) => [url.url, url.indices]), [['https://example.com/x', [20_005, 20_026]]]);
    } finally {
      Object.assign(twitterText, { parseTweet, extractUrlsWithIndices });
    }
  });

  test('a text without a run over the bound goes to twitter-text whole, so every ordinary post counts exactly as X does', () => {
    const word = 'w'.repeat(LONGEST_WHOLE_RUN);
    const text = `${word} https://example.com/${'q'.repeat(LONGEST_WHOLE_RUN - 30)} 日本語`;
    assert.equal(xProfile.measure(text).length, twitterText.parseTweet(text).weightedLength);
    assert.equal(xProfile.measure(text).urls, 1);
  });
});

suite('front matter schema patterns that backtrack exponentially', () => {
  test('a repeated group that starts with a repetition is refused, with the pattern named', () => {
    for (const pattern of ['^(a+)+$', '(a*)*', '(?:\\d{2,})+', '(a|a+)+', '^(\\w+\\s?)*$', '(-?\\d+)+', '^(?<y>\\d+)*$']) {
      assert.equal(hasNestedRepetition(pattern), true, pattern);
    }
    const compiled = compileUserSchema({ type: 'object', properties: { title: { type: 'string', pattern: '^(a+)+$' } } }, false);
    assert.ok('error' in compiled);
    assert.match(compiled.error, /^the pattern \^\(a\+\)\+\$ repeats a group that starts with a repetition, which can take exponential time/);
  });

  test('ordinary patterns, including repeated groups that start with a fixed character, still compile and validate', () => {
    for (const pattern of ['^(a|b)+$', '^[a-z]+(-[a-z]+)*$', '^\\d{4}-\\d{2}$', '[(a+)]+', '(a{2})+', '(a+)?', '\\(a+\\)+', '(x[)+]+)+']) {
      assert.equal(hasNestedRepetition(pattern), false, pattern);
    }
    const compiled = compileUserSchema({ type: 'object', properties: { slug: { type: 'string', pattern: '^[a-z]+(-[a-z]+)*$' } } }, false);
    assert.ok(!('error' in compiled));
    assert.equal(compiled.validate({ slug: 'financial-pressures' }), true);
    assert.equal(compiled.validate({ slug: 'financial--pressures' }), false);
  });
});
