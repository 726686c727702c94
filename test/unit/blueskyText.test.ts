import * as assert from 'node:assert/strict';
import { toShortUrl } from '../../src/core/count/blueskyProfile';
import { blueskyText, withMentionDids, type Facet } from '../../src/core/publish/blueskyText';
import { byteRange } from './fakeBluesky';

const LONG = 'https://www.coindesk.com/business/2024/06/bitcoin-miners-pivot-to-ai?utm_source=threadwright';
const LONGER = 'https://example.org/ünïcode/path/that/goes/on/and/on';

suite('Bluesky text: links, mentions and hashtags', () => {
  test('a long link is shortened as the count shortens it, its facet keeps the full URL over the shown bytes', () => {
    const short = toShortUrl(LONG);
    assert.equal(short, 'www.coindesk.com/business/202...');
    const expected = `1/2 Miners 🇺🇸 pivot, says @writer.test: ${short} #bitcoin`;
    const result = blueskyText(`1/2 Miners 🇺🇸 pivot, says @writer.test: ${LONG} #bitcoin`);
    assert.deepEqual(result, {
      text: expected,
      facets: [
        { index: byteRange(expected, '@writer.test'), features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'writer.test' }] },
        { index: byteRange(expected, short), features: [{ $type: 'app.bsky.richtext.facet#link', uri: LONG }] },
        { index: byteRange(expected, '#bitcoin'), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'bitcoin' }] },
      ],
      mentions: ['writer.test'],
    });
  });

  test('two long links in one post: the second facet follows the first one\'s shortening', () => {
    const expected = `See ${toShortUrl(LONG)} and 🇺🇸 ${toShortUrl(LONGER)} too`;
    const result = blueskyText(`See ${LONG} and 🇺🇸 ${LONGER} too`);
    assert.equal(result.text, expected);
    assert.deepEqual(result.facets, [
      { index: byteRange(expected, toShortUrl(LONG)), features: [{ $type: 'app.bsky.richtext.facet#link', uri: LONG }] },
      { index: byteRange(expected, toShortUrl(LONGER)), features: [{ $type: 'app.bsky.richtext.facet#link', uri: LONGER }] },
    ]);
    assert.deepEqual(result.mentions, []);
  });

  test('a short link loses only its scheme; a bare domain stays as written, linked to https', () => {
    const expected = 'Read example.com/a or example.net now';
    assert.deepEqual(blueskyText('Read https://example.com/a or example.net now'), {
      text: expected,
      facets: [
        { index: byteRange(expected, 'example.com/a'), features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/a' }] },
        { index: byteRange(expected, 'example.net'), features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.net' }] },
      ],
      mentions: [],
    });
  });

  test('plain text has no facets and no mentions', () => {
    assert.deepEqual(blueskyText('2/2 Nothing to link here.'), { text: '2/2 Nothing to link here.', facets: [], mentions: [] });
  });
});

suite('Bluesky text: mentions resolved to DIDs', () => {
  const text = 'Ask @Writer.Test and @nobody.test about #AI';
  const mention = (handle: string): Facet => ({ index: byteRange(text, `@${handle}`), features: [{ $type: 'app.bsky.richtext.facet#mention', did: handle }] });
  const tag: Facet = { index: byteRange(text, '#AI'), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'AI' }] };

  test('the detector gives mentions by handle, waiting for their DIDs', () => {
    const plain = 'Ask @writer.test and @nobody.test';
    assert.deepEqual(blueskyText(plain), {
      text: plain,
      facets: ['@writer.test', '@nobody.test'].map((handle) => ({ index: byteRange(plain, handle), features: [{ $type: 'app.bsky.richtext.facet#mention', did: handle.slice(1) }] })),
      mentions: ['writer.test', 'nobody.test'],
    });
  });

  test('a resolved handle (looked up in lower case) gets its DID; an unresolved one loses its facet; others stay', () => {
    const didOf = new Map([['writer.test', 'did:plc:writer123']]);
    assert.deepEqual(withMentionDids([mention('Writer.Test'), mention('nobody.test'), tag], didOf), [
      { index: byteRange(text, '@Writer.Test'), features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:writer123' }] },
      tag,
    ]);
    assert.deepEqual(withMentionDids([mention('nobody.test')], didOf), []);
  });
});
