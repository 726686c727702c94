import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';

const { parseTweet } = twitterText;
import { CountCache } from '../../src/core/countCache';
import { xProfile } from '../../src/core/platforms';
import { parsePost } from '../../src/core/postModel';
import { findTooLongPosts } from '../../src/core/problems';
import { EXAMPLE_POST } from './examplePost';

suite('thread/too-long', () => {
  test('the example post has one over-length post, 8/10, and the squiggle covers exactly the 46 characters past 280', () => {
    const problems = findTooLongPosts(parsePost(EXAMPLE_POST), new CountCache(xProfile));
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.code, 'thread/too-long');
    assert.equal(problem.severity, 'error');
    assert.equal(problem.message, 'Post 8/10 is 326/280: 46 over');
    const postStart = EXAMPLE_POST.indexOf('8/10 Koii');
    const fitting = EXAMPLE_POST.slice(postStart, problem.range.start);
    assert.equal(parseTweet(fitting).weightedLength, 280);
    assert.equal(EXAMPLE_POST.slice(problem.range.start, problem.range.end).length, 46);
    assert.ok(EXAMPLE_POST.slice(problem.range.start, problem.range.end).endsWith('security and decentralization'));
  });

  test('in a CRLF file the overflow starts at the same character', () => {
    const crlf = EXAMPLE_POST.replace(/\n/g, '\r\n');
    const [lf] = findTooLongPosts(parsePost(EXAMPLE_POST), new CountCache(xProfile));
    const [fromCrlf] = findTooLongPosts(parsePost(crlf), new CountCache(xProfile));
    assert.equal(crlf.slice(fromCrlf.range.start, fromCrlf.range.end).replace(/\r\n/g, '\n'), EXAMPLE_POST.slice(lf.range.start, lf.range.end));
  });

  test('counts match parseTweet for emoji sequences, CJK, URLs and NFD accents', () => {
    const texts = ['1/1 👩‍👩‍👧‍👦 family 👍🏽', '1/1 日本語のテキスト', '1/1 see https://example.com/a/very/long/path?with=query', '1/1 cafe\u0301'];
    for (const text of texts) assert.equal(xProfile.measure(text).length, parseTweet(text).weightedLength, text);
  });
});
