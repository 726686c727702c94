import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';
import { displayUrl, linkTarget, SegmentCache, segmentPostText, type TextMark } from '../../src/core/preview/threadCards';

suite('preview segments: the runs a card draws', () => {
  test('the overflow splits a run exactly at the limit: what fits is plain, the rest is marked over', () => {
    assert.deepEqual(segmentPostText('1/1 abcdef', 6), [
      { kind: 'text', text: '1/1 ab', overflow: false },
      { kind: 'text', text: 'cdef', overflow: true },
    ]);
  });

  test('an entity at the very start or end of the text leaves no empty run beside it', () => {
    assert.deepEqual(segmentPostText('@bob hi #tag', undefined), [
      { kind: 'mention', text: '@bob', overflow: false },
      { kind: 'text', text: ' hi ', overflow: false },
      { kind: 'hashtag', text: '#tag', overflow: false },
    ]);
  });

  test('a problem before an entity marks only its own text, not the text after the entity', () => {
    const marks: TextMark[] = [{ severity: 'info', start: 4, end: 8 }];
    assert.deepEqual(segmentPostText('1/1 aaaa @bob cc', undefined, marks), [
      { kind: 'text', text: '1/1 ', overflow: false },
      { kind: 'text', text: 'aaaa', overflow: false, problem: 'info' },
      { kind: 'text', text: ' ', overflow: false },
      { kind: 'mention', text: '@bob', overflow: false },
      { kind: 'text', text: ' cc', overflow: false },
    ]);
  });

  test('where two problems overlap the more serious one shows, whichever comes first', () => {
    const text = '1/1 aaaa bbbb cccc';
    const error: TextMark = { severity: 'error', start: 4, end: 13 };
    const info: TextMark = { severity: 'info', start: 9, end: 18 };
    const expected = [
      { kind: 'text', text: '1/1 ', overflow: false },
      { kind: 'text', text: 'aaaa ', overflow: false, problem: 'error' },
      { kind: 'text', text: 'bbbb', overflow: false, problem: 'error' },
      { kind: 'text', text: ' cccc', overflow: false, problem: 'info' },
    ];
    assert.deepEqual(segmentPostText(text, undefined, [error, info]), expected);
    assert.deepEqual(segmentPostText(text, undefined, [info, error]), expected);
  });

  test('marks and the overflow may come in any order: the runs still follow the text', () => {
    const marks: TextMark[] = [{ severity: 'warning', start: 12, end: 14 }, { severity: 'info', start: 4, end: 6 }];
    assert.deepEqual(segmentPostText('1/1 abcdefghijkl', 8, marks), [
      { kind: 'text', text: '1/1 ', overflow: false },
      { kind: 'text', text: 'ab', overflow: false, problem: 'info' },
      { kind: 'text', text: 'cd', overflow: false },
      { kind: 'text', text: 'efgh', overflow: true },
      { kind: 'text', text: 'ij', overflow: true, problem: 'warning' },
      { kind: 'text', text: 'kl', overflow: true },
    ]);
  });

  test('a link twitter-text finds with a quote in it is styled as a link but gets no target', () => {
    const text = "1/1 see example.com/it's";
    assert.deepEqual(twitterText.extractUrlsWithIndices(text).map((entity) => entity.url), ["example.com/it's"]);
    assert.deepEqual(segmentPostText(text, undefined), [
      { kind: 'text', text: '1/1 see ', overflow: false },
      { kind: 'url', text: "example.com/it's", overflow: false },
    ]);
  });
});

suite('preview segments: the cache', () => {
  test('the same text with another overflow is segmented afresh', () => {
    const cache = new SegmentCache();
    const text = '1/1 abcdefghijkl';
    assert.deepEqual(cache.segment(text, 10, []), segmentPostText(text, 10));
    assert.deepEqual(cache.segment(text, 12, []), segmentPostText(text, 12));
  });

  test('a post not segmented during a whole build is forgotten, and segmented afresh when it comes back', () => {
    const cache = new SegmentCache();
    const first = cache.segment('1/1 hi', undefined, []);
    cache.endGeneration();
    cache.endGeneration();
    const again = cache.segment('1/1 hi', undefined, []);
    assert.notEqual(again, first);
    assert.deepEqual(again, first);
  });
});

suite('preview links: display text and target', () => {
  test('only a leading scheme and www. are dropped from the display text', () => {
    assert.equal(displayUrl('https://a.co/?u=https://b.co'), 'a.co/?u=https://b.co');
    assert.equal(displayUrl('a.co/?u=https://b.co'), 'a.co/?u=https://b.co');
    assert.equal(displayUrl('a.co/www.b'), 'a.co/www.b');
    assert.equal(displayUrl('WWW.a.co'), 'a.co');
  });

  test('a display text of exactly 26 characters is shown whole; one more is cut with an ellipsis', () => {
    assert.equal(displayUrl('https://example.com/abcdefghijklmn'), 'example.com/abcdefghijklmn');
    assert.equal('example.com/abcdefghijklmn'.length, 26);
    assert.equal(displayUrl('https://example.com/abcdefghijklmno'), 'example.com/abcdefghijklmn…');
  });

  test('a colon later in a link written without a scheme is not taken for a scheme', () => {
    assert.equal(linkTarget('en.wikipedia.org/wiki/Help:Contents'), 'https://en.wikipedia.org/wiki/Help:Contents');
  });

  test('a javascript: link is refused even when an https address follows in it, and so is an address with a quote after it', () => {
    assert.equal(linkTarget('javascript:alert(1)//https://example.com'), undefined);
    assert.equal(linkTarget('https://example.com/" onmouseover="alert(1)'), undefined);
  });
});
