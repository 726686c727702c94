import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';
import { convertToThread, type ConvertOptions } from '../../src/core/convert/convertToThread';
import { withWidestLabel } from '../../src/core/convert/labels';
import { xProfile } from '../../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';

const { parseTweet } = twitterText;
const FULL: ConvertOptions = { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS, mode: 'full' };

suite('convert: the room kept for labels', () => {
  test('the widest label of a thread with one-, two- and three-digit totals is 9/9, 99/99 and 999/999', () => {
    assert.equal(withWidestLabel('body', 1, 'prefix'), '9/9 body');
    assert.equal(withWidestLabel('body', 2, 'suffix'), 'body 99/99');
    assert.equal(withWidestLabel('body', 3, 'parens'), 'body (999/999)');
    assert.equal(withWidestLabel('body', 1, 'none'), 'body');
  });

  test('posts cut between one-letter words are filled to 279 or 280 of 280, not just kept under the limit', () => {
    // 700 words of one letter: a cut can fall on any other character, so a full post misses 280 by one at most.
    const text = `${Array.from({ length: 700 }, () => 'a').join(' ')}\n`;
    const { posts } = convertToThread(text, FULL);
    assert.equal(posts.length, 6);
    const lengths = posts.map((post) => parseTweet(post).weightedLength);
    for (const [index, length] of lengths.slice(0, -1).entries()) assert.ok(length >= 279 && length <= 280, `post ${index + 1} is ${length}/280`);
    assert.equal(posts.map((post) => post.replace(/^\d\/6 /, '')).join(' '), text.trim());
  });
});
