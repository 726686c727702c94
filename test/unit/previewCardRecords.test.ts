import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';
import { analysePost } from '../../src/core/checks/analysis';
import { CountCache, PlatformCounts } from '../../src/core/count/countCache';
import { xProfile } from '../../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS, documentOffsetOfPost, parsePost } from '../../src/core/post/postModel';
import type { Problem } from '../../src/core/post/problem';
import { buildThreadCards, cardAt, postOffsetOfDocument } from '../../src/core/preview/threadCards';

const DOC = '## Threads\n\n### Thread: "Short"\n\n1/2 Hello @bob\n\n2/2 Bye\n\n### Thread: "Two"\n\n1/1 Again\n';

/** The cards of a text as the preview builds them, counted for X, with the checks' problems and any extra ones. */
function cardsOf(text: string, extra: Problem[] = []) {
  const { model, problems } = analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, new PlatformCounts(['x']));
  return buildThreadCards(model, [...problems, ...extra], () => new CountCache(xProfile));
}

/** The range of the first `part` of `text`. */
const rangeOf = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

suite('preview card records', () => {
  test('a card that fits is exactly its id, label, text, range, count, segments and problems, with no verdict', () => {
    const [first] = cardsOf(DOC);
    assert.equal(twitterText.parseTweet('1/2 Hello @bob').weightedLength, 14);
    assert.deepEqual(first.posts[0], {
      id: '0:0',
      label: '1/2',
      text: '1/2 Hello @bob',
      range: rangeOf(DOC, '1/2 Hello @bob'),
      length: 14,
      limit: 280,
      fits: true,
      segments: [{ kind: 'text', text: '1/2 Hello ', overflow: false }, { kind: 'mention', text: '@bob', overflow: false }],
      problems: [],
    });
  });

  test('a card over the limit says by how much', () => {
    const text = `1/1 ${'a'.repeat(286)}`;
    const card = cardsOf(`## Threads\n\n${text}\n`)[0].posts[0];
    assert.deepEqual([card.length, card.fits, card.verdict], [twitterText.parseTweet(text).weightedLength, false, '10 over']);
  });

  test('a problem at a single point is listed on its card but marks no text', () => {
    const at = DOC.indexOf('Hello') + 2;
    const point: Problem = { code: 'thread/numbering', severity: 'warning', message: 'Here', range: { start: at, end: at } };
    const card = cardsOf(DOC, [point]).at(0)?.posts[0];
    assert.deepEqual(card?.problems, [{ code: 'thread/numbering', severity: 'warning', message: 'Here' }]);
    assert.deepEqual(card?.segments, [{ kind: 'text', text: '1/2 Hello ', overflow: false }, { kind: 'mention', text: '@bob', overflow: false }]);
  });

  test('the cursor at the very end of a post still picks its card; in a later thread it picks that thread’s card', () => {
    const threads = cardsOf(DOC);
    const end = rangeOf(DOC, '1/2 Hello @bob').end;
    assert.equal(cardAt(threads, end)?.id, '0:0');
    assert.equal(cardAt(threads, end + 1), undefined);
    assert.equal(cardAt(threads, DOC.indexOf('Again'))?.id, '1:0');
  });
});

suite('preview offsets in a CRLF document', () => {
  test('every document offset in a post maps to the published text that precedes it, line ends included', () => {
    const doc = '## Threads\r\n\r\n1/1 ab\r\ncd\r\nef\r\n';
    const post = parsePost(doc).threadsBlock!.threads[0].posts[0];
    assert.equal(post.text, '1/1 ab\ncd\nef');
    for (let offset = post.range.start; offset <= post.range.end; offset++) {
      if (doc[offset - 1] === '\r') continue;
      const before = doc.slice(post.range.start, offset).replace(/\r\n/g, '\n');
      assert.equal(post.text.slice(0, postOffsetOfDocument(post, offset)), before, `offset ${offset}`);
    }
  });

  test('it undoes documentOffsetOfPost for every offset of the published text', () => {
    const post = parsePost('## Threads\r\n\r\n1/1 ab\r\ncd\r\nef\r\n').threadsBlock!.threads[0].posts[0];
    for (let offset = 0; offset <= post.text.length; offset++) assert.equal(postOffsetOfDocument(post, documentOffsetOfPost(post, offset)), offset);
  });
});
