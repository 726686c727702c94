import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import twitterText from 'twitter-text';
import { analysePost } from '../../src/core/checks/analysis';
import { CountCache, PlatformCounts } from '../../src/core/count/countCache';
import { xProfile } from '../../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';
import type { Problem } from '../../src/core/post/problem';
import {
  buildThreadCards, cardAt, displayUrl, initialsOf, linkTarget, SegmentCache, segmentPostText, xPostIntentUrl, type TextSegment,
} from '../../src/core/preview/threadCards';
import { EXAMPLE_POST } from './examplePost';

const { parseTweet } = twitterText;

function cardsOf(text: string, extraProblems: Problem[] = []) {
  const { model, problems } = analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, new PlatformCounts(['x']));
  return buildThreadCards(model, [...problems, ...extraProblems], () => new CountCache(xProfile));
}

const joined = (segments: TextSegment[]) => segments.map((segment) => segment.text).join('');

suite('thread cards: the example post', () => {
  // Computed in each test's own setup rather than when the file loads, so mutation testing knows which tests read it.
  let threads: ReturnType<typeof cardsOf>;
  setup(() => {
    threads = cardsOf(EXAMPLE_POST);
  });

  test('three threads of 10, 8 and 10 cards, with their titles and labels', () => {
    assert.deepEqual(threads.map((thread) => thread.posts.length), [10, 8, 10]);
    assert.equal(threads[1].title, 'Financial Pressures Drive Miners to AI: The Shift to Sustainable Alternatives');
    assert.deepEqual(threads[1].posts.map((card) => card.label), ['1/8', '2/8', '3/8', '4/8', '5/8', '6/8', '7/8', '8/8']);
  });

  test('every card counts what parseTweet counts, against 280, and only 8/10 of the first thread is over', () => {
    for (const thread of threads) {
      for (const card of thread.posts) {
        assert.equal(card.length, parseTweet(card.text).weightedLength, card.label);
        assert.equal(card.limit, 280);
      }
    }
    assert.equal(threads[0].posts[7].length, 326);
    assert.equal(threads[2].posts[9].length, 276);
    assert.deepEqual(threads.map((thread) => thread.overLimit), [1, 0, 0]);
  });

  test('a card shows the post text with its line breaks, and the part past 280 is exactly the overflow', () => {
    const card = threads[0].posts[7];
    assert.equal(joined(card.segments), card.text);
    assert.equal(card.text.split('\n').length, 5);
    const overflow = card.segments.filter((segment) => segment.overflow).map((segment) => segment.text).join('');
    const fitting = card.segments.filter((segment) => !segment.overflow).map((segment) => segment.text).join('');
    assert.equal(parseTweet(fitting).weightedLength, 280);
    assert.equal(overflow.length, 326 - 280);
    assert.ok(overflow.endsWith('security and decentralization'));
    for (const other of threads.flatMap((thread) => thread.posts).filter((each) => each !== card)) {
      assert.ok(other.segments.every((segment) => !segment.overflow), other.label);
    }
  });

  test('the over-length problem is shown on its own card, by code and message, and on no other', () => {
    assert.deepEqual(threads[0].posts[7].problems, [{ code: 'thread/too-long', severity: 'error', message: 'Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over' }]);
    const others = threads.flatMap((thread) => thread.posts).filter((card) => card !== threads[0].posts[7]);
    assert.ok(others.every((card) => card.problems.every((problem) => problem.code !== 'thread/too-long')));
  });

  test('the cursor anywhere in post 8/10 picks its card, and a heading picks none', () => {
    const start = EXAMPLE_POST.indexOf('8/10 Koii');
    assert.equal(cardAt(threads, start)?.id, '0:7');
    assert.equal(cardAt(threads, EXAMPLE_POST.indexOf('90,000 node network for enhanced'))?.id, '0:7');
    assert.equal(cardAt(threads, EXAMPLE_POST.indexOf('### Thread: "Financial')), undefined);
  });

  test('a CRLF copy of the post gives the same cards', () => {
    const strip = (list: ReturnType<typeof cardsOf>) => list.map((thread) => thread.posts.map(({ label, text, length, segments, problems }) => ({ label, text, length, segments, problems })));
    assert.deepEqual(strip(cardsOf(EXAMPLE_POST.replace(/\n/g, '\r\n'))), strip(threads));
  });
});

suite('thread cards: problems from other checks are marked generically', () => {
  const figure = '$34,900';
  const drift = { code: 'thread/figure-not-in-post' };
  const headingStart = EXAMPLE_POST.indexOf('### Thread: "Financial');
  const onHeading: Problem = { code: 'thread/numbering', severity: 'warning', message: 'Thread numbering', range: { start: headingStart, end: headingStart + 3 } };

  test('a problem inside a post (the drifted $34,900 of post 2/10) is listed on its card and underlines exactly its text', () => {
    for (const text of [EXAMPLE_POST, EXAMPLE_POST.replace(/\n/g, '\r\n')]) {
      const card = cardsOf(text)[0].posts[1];
      assert.deepEqual(card.problems, [{ code: drift.code, severity: 'info', message: "Post 2/10 quotes $34,900, which appears nowhere in the post's body" }]);
      assert.deepEqual(card.segments.filter((segment) => segment.problem !== undefined).map((segment) => [segment.text, segment.problem]), [[figure, 'info']]);
      assert.equal(joined(card.segments), card.text);
    }
  });

  test('a problem on a thread heading goes to the thread header, not to a card', () => {
    const threads = cardsOf(EXAMPLE_POST, [onHeading]);
    assert.deepEqual(threads[1].problems, [{ code: 'thread/numbering', severity: 'warning', message: 'Thread numbering' }]);
    assert.deepEqual(threads[0].problems, []);
    assert.ok(threads[1].posts.every((card) => card.problems.every((problem) => problem.code !== 'thread/numbering')));
  });
});

suite('thread cards: entities, links and hostile text', () => {
  test('mentions, hashtags and cashtags are styled runs, the rest stays plain', () => {
    const segments = segmentPostText('1/1 Hi @bob #tag $AAPL!', undefined);
    assert.deepEqual(segments.map((segment) => [segment.kind, segment.text]), [
      ['text', '1/1 Hi '], ['mention', '@bob'], ['text', ' '], ['hashtag', '#tag'], ['text', ' '], ['cashtag', '$AAPL'], ['text', '!'],
    ]);
  });

  test('links show without scheme and www, cut with an ellipsis, and point at their full address', () => {
    const long = 'https://www.example.com/a/very/long/path?q=1';
    const segments = segmentPostText(`1/1 see ${long} and example.com/x`, undefined);
    const links = segments.filter((segment) => segment.kind === 'url');
    assert.deepEqual(links.map((link) => [link.text, link.href]), [
      ['example.com/a/very/long/pa…', long],
      ['example.com/x', 'https://example.com/x'],
    ]);
    assert.equal(displayUrl('http://a.co'), 'a.co');
  });

  test('links are found where twitter-text finds them', () => {
    const text = '1/2 read https://example.org/x, then t.co/abc and mail me@example.com';
    const found = twitterText.extractUrlsWithIndices(text).map((entity) => displayUrl(entity.url));
    assert.deepEqual(segmentPostText(text, undefined).filter((segment) => segment.kind === 'url').map((segment) => segment.text), found);
  });

  test('markup, event handlers and javascript: links stay text, with no link target', () => {
    const hostile = '1/1 <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) javascript:alert(document.cookie) <a href="javascript:alert(1)">x</a>';
    const segments = segmentPostText(hostile, undefined);
    assert.equal(joined(segments), hostile);
    assert.ok(segments.every((segment) => segment.href === undefined));
  });

  test('only http and https addresses become link targets', () => {
    assert.equal(linkTarget('javascript:alert(1)'), undefined);
    assert.equal(linkTarget('data:text/html,x'), undefined);
    assert.equal(linkTarget('ftp://example.com/file'), undefined);
    assert.equal(linkTarget('example.com/x'), 'https://example.com/x');
    assert.equal(linkTarget('HTTP://example.com'), 'HTTP://example.com');
    const quoted = segmentPostText('1/1 https://example.com/"><script>alert(1)</script>', undefined);
    assert.deepEqual(quoted.map((segment) => [segment.kind, segment.text, segment.href]), [
      ['text', '1/1 ', undefined], ['url', 'example.com/', 'https://example.com/'], ['text', '"><script>alert(1)</script>', undefined],
    ]);
  });

  test('for any text: nothing throws, every target is http(s), overflow only ever grows, and text without links comes back whole', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.nat(400), (text, overflowAt) => {
      const overflowStart = overflowAt < text.length ? overflowAt : undefined;
      const segments = segmentPostText(text, overflowStart);
      assert.ok(segments.every((segment) => segment.href === undefined || /^https?:\/\//i.test(segment.href)));
      const firstOver = segments.findIndex((segment) => segment.overflow);
      if (firstOver !== -1) assert.ok(segments.slice(firstOver).every((segment) => segment.overflow));
      if (twitterText.extractUrlsWithIndices(text).length === 0) assert.equal(joined(segments), text);
    }), { numRuns: 300 });
  });
});

suite('thread cards: small helpers', () => {
  test('the segment cache gives the same runs as segmenting afresh, and re-segments a post only when its text, overflow or marks change', () => {
    const cache = new SegmentCache();
    const text = '1/1 Hi @bob, see example.com';
    const first = cache.segment(text, undefined, []);
    assert.deepEqual(first, segmentPostText(text, undefined));
    assert.equal(cache.segment(text, undefined, []), first);
    cache.endGeneration();
    assert.equal(cache.segment(text, undefined, []), first);
    assert.notEqual(cache.segment(text, 10, []), first);
    assert.deepEqual(cache.segment(text, 10, []), segmentPostText(text, 10));
    const marks = [{ severity: 'info' as const, start: 4, end: 6 }];
    assert.deepEqual(cache.segment(text, undefined, marks), segmentPostText(text, undefined, marks));
  });

  test('the avatar shows the initials of the first two words', () => {
    assert.equal(initialsOf('Ada Lovelace'), 'AL');
    assert.equal(initialsOf('  émile   zola  keeps writing'), 'ÉZ');
    assert.equal(initialsOf('   '), '?');
  });

  test("X's intent link carries the exact post text, even with &, +, # and line breaks", () => {
    const text = '1/2 Q&A: 1+1 = #2?\n- yes 👍🏽 100%';
    const url = new URL(xPostIntentUrl(text));
    assert.equal(`${url.origin}${url.pathname}`, 'https://x.com/intent/post');
    assert.equal(url.searchParams.get('text'), text);
  });
});
