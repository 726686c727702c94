import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';

const { parseTweet } = twitterText;
import { PlatformCounts } from '../../src/core/count/countCache';
import { parsePost } from '../../src/core/post/postModel';
import { findTooLongPosts } from '../../src/core/checks/tooLongPosts';
import { EXAMPLE_POST } from './examplePost';

const onX = () => new PlatformCounts(['x']);

suite('thread/too-long', () => {
  test('the example post has one over-length post, 8/10, and the squiggle covers exactly the 46 characters past 280', () => {
    const problems = findTooLongPosts(parsePost(EXAMPLE_POST), onX());
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.code, 'thread/too-long');
    assert.equal(problem.severity, 'error');
    assert.equal(problem.message, 'Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over');
    const postStart = EXAMPLE_POST.indexOf('8/10 Koii');
    const fitting = EXAMPLE_POST.slice(postStart, problem.range.start);
    assert.equal(parseTweet(fitting).weightedLength, 280);
    assert.equal(EXAMPLE_POST.slice(problem.range.start, problem.range.end).length, 46);
    assert.ok(EXAMPLE_POST.slice(problem.range.start, problem.range.end).endsWith('security and decentralization'));
  });

  test('in a CRLF file the overflow starts at the same character', () => {
    const crlf = EXAMPLE_POST.replace(/\n/g, '\r\n');
    const [lf] = findTooLongPosts(parsePost(EXAMPLE_POST), onX());
    const [fromCrlf] = findTooLongPosts(parsePost(crlf), onX());
    assert.equal(crlf.slice(fromCrlf.range.start, fromCrlf.range.end).replace(/\r\n/g, '\n'), EXAMPLE_POST.slice(lf.range.start, lf.range.end));
  });

  test('a thread whose heading names Bluesky is counted with Bluesky’s 300 graphemes, the others with the primary platform', () => {
    const long = 'a'.repeat(296);
    const text = `## Twitter threads\n\n### Thread: On X\n\n1/1 ${long}\n\n### Bluesky thread: There\n\n1/1 ${long}\n`;
    const problems = findTooLongPosts(parsePost(text), onX());
    assert.equal(problems.length, 1, 'the 300-character post is over 280 on X and fits 300 on Bluesky');
    assert.equal(problems[0].message, 'Post 1/1 of "On X" is 300/280: 20 over');
    assert.ok(problems[0].range.start < text.indexOf('### Bluesky'));

    const tooLongForBluesky = text.replace(/1\/1 a+\n$/, `1/1 ${long}bcdef\n`);
    const onBluesky = findTooLongPosts(parsePost(tooLongForBluesky), onX()).find((problem) => problem.range.start > text.indexOf('### Bluesky'))!;
    assert.equal(onBluesky.message, 'Post 1/1 of "There" is 305/300 on Bluesky: 5 over');
    assert.equal(tooLongForBluesky.slice(onBluesky.range.start, onBluesky.range.end), 'bcdef');
  });

  test('a thread whose heading names Mastodon is counted to its 500 and the message says so', () => {
    const text = `## Twitter threads\n\n### Mastodon thread: Long\n\n1/1 ${'a'.repeat(500)}\n`;
    const [problem] = findTooLongPosts(parsePost(text), onX());
    assert.equal(problem.message, 'Post 1/1 of "Long" is 504/500 on Mastodon: 4 over');
    assert.equal(text.slice(problem.range.start, problem.range.end), 'aaaa');
  });

  test('a short post with a character X refuses gets only thread/refused, an error over that character', () => {
    const text = '## Twitter threads\n\n### Thread: Marks\n\n1/1 Hello\uFFFEworld\n';
    assert.deepEqual(findTooLongPosts(parsePost(text), onX()).map((problem) => [problem.code, problem.severity, problem.message, text.slice(problem.range.start, problem.range.end)]), [
      ['thread/refused', 'error', 'Post 1/1 of "Marks" has U+FFFE, a character X refuses', '\uFFFE'],
    ]);
  });

  test('a post refused by a thread’s own platform names it once, in the reason', () => {
    const links = Array.from({ length: 6 }, (_, i) => `https://site${i}.com/`).join(' ');
    const text = `## Twitter threads\n\n### Threads thread: Links\n\n1/1 ${links}\n`;
    const [problem] = findTooLongPosts(parsePost(text), onX());
    assert.equal(problem.code, 'thread/refused');
    assert.equal(problem.message, 'Post 1/1 of "Links" has 6 links; Threads refuses more than 5');
  });

  test('a long title is cut after its last whole word within 24 characters, its trailing punctuation and spaces dropped', () => {
    const messageFor = (title: string) => findTooLongPosts(parsePost(`## Twitter threads\n\n### Thread: ${title}\n\n1/1 ${'a'.repeat(300)}\n`), onX())[0].message;
    assert.equal(messageFor('Supercalifragilisticexpialidocious'), 'Post 1/1 of "Supercalifragilisticexp…" is 304/280: 24 over');
    assert.equal(messageFor('Mining costs rising — everywhere'), 'Post 1/1 of "Mining costs rising…" is 304/280: 24 over');
  });
});
