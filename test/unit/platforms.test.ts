import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import twitterText from 'twitter-text';

const { parseTweet } = twitterText;
import { blueskyProfile, toShortUrl } from '../../src/core/count/blueskyProfile';
import { forEachGrapheme } from '../../src/core/count/graphemes';
import { mastodonProfile } from '../../src/core/count/mastodonProfile';
import { isPlatformId, platformNamed, platformProfile, xProfile } from '../../src/core/count/platforms';
import { parsePost } from '../../src/core/post/postModel';
import { EXAMPLE_POST } from './examplePost';

const FAMILY = '👩‍👩‍👧‍👦'; // one grapheme: four people joined by zero-width joiners, 11 UTF-16 units, 25 UTF-8 bytes
const THUMBS = '👍🏽'; // one grapheme with a skin tone
const NFD_CAFE = 'cafe\u0301'; // four graphemes, five code points

suite('platform profiles: X', () => {
  test('counts equal parseTweet for emoji sequences, CJK, URLs, NFD accents and a CRLF file', () => {
    const crlfPosts = parsePost(EXAMPLE_POST.replace(/\n/g, '\r\n')).threadsBlock!.threads.flatMap((thread) => thread.posts.map((post) => post.text));
    const texts = [
      `1/1 ${FAMILY} family ${THUMBS} 🏳️‍🌈`,
      '1/1 日本語のテキスト、한국어 텍스트',
      '1/1 see https://example.com/a/very/long/path?with=query and example.org',
      `1/1 ${NFD_CAFE} crème brûle\u0301e`,
      ...crlfPosts,
    ];
    for (const text of texts) assert.equal(xProfile.measure(text).length, parseTweet(text).weightedLength, text);
    assert.ok(crlfPosts.every((text) => !text.includes('\r')));
  });

  test('the overflow starts right after the longest prefix parseTweet accepts', () => {
    const text = `1/1 ${'日本'.repeat(70)}`;
    const length = xProfile.measure(text);
    assert.equal(length.length, parseTweet(text).weightedLength);
    assert.equal(parseTweet(text.slice(0, length.overflowStart)).weightedLength <= 280, true);
    assert.equal(parseTweet(text.slice(0, length.overflowStart! + 1)).weightedLength > 280, true);
  });
});

suite('platform profiles: Bluesky', () => {
  test('300 graphemes fit, the 301st is where the overflow starts', () => {
    assert.deepEqual([blueskyProfile.measure('a'.repeat(300)).length, blueskyProfile.measure('a'.repeat(300)).overflowStart], [300, undefined]);
    const over = blueskyProfile.measure(`${'a'.repeat(300)}bc`);
    assert.deepEqual([over.length, over.limit, over.overflowStart], [302, 300, 300]);
  });

  test('emoji sequences, CJK and NFD accents count one grapheme each', () => {
    assert.equal(blueskyProfile.measure(`${FAMILY}${THUMBS}`).length, 2);
    assert.equal(blueskyProfile.measure('日本語').length, 3);
    assert.equal(blueskyProfile.measure(NFD_CAFE).length, 4);
    const text = `${'日'.repeat(299)}${FAMILY}${NFD_CAFE}`;
    assert.equal(blueskyProfile.measure(text).overflowStart, 299 + FAMILY.length, 'the overflow starts after the emoji, at the first letter of café');
  });

  test('3000 UTF-8 bytes are a limit of their own: 121 family emoji are 121 graphemes but 3025 bytes', () => {
    const fits = blueskyProfile.measure(FAMILY.repeat(120));
    assert.deepEqual([fits.length, fits.bytes, fits.overflowStart], [120, { length: 3000, limit: 3000 }, undefined]);
    const over = blueskyProfile.measure(FAMILY.repeat(121));
    assert.deepEqual([over.length, over.bytes!.length, over.overflowStart], [121, 3025, 120 * FAMILY.length]);
  });

  test('a link counts as the app shows it: host plus the first 13 characters of a path longer than 15, then "..."', () => {
    const path = '/2024/10/19/bitcoin-miners-turn-to-ai';
    assert.equal(toShortUrl(`https://example.com${path}`), `example.com${path.slice(0, 13)}...`);
    const [fifteen, sixteen] = ['/path-of-15-chr', '/path-of-16-chrs'];
    assert.deepEqual([fifteen.length, sixteen.length], [15, 16]);
    assert.equal(toShortUrl(`https://example.com${fifteen}`), `example.com${fifteen}`);
    assert.equal(toShortUrl(`https://example.com${sixteen}`), `example.com${sixteen.slice(0, 13)}...`);
    assert.equal(toShortUrl('https://Example.COM:443/'), 'example.com');
    assert.equal(toShortUrl('http://example.com:8080/a?b=1#c'), 'example.com:8080/a?b=1#c');
    const text = `Read https://example.com${path}.`;
    const length = blueskyProfile.measure(text);
    assert.equal(length.length, 'Read '.length + 11 + 13 + 3 + '.'.length, 'the final full stop is not part of the link');
    assert.equal(length.urls, 1);
  });

  test('when the limit falls inside a link, the overflow starts at the link', () => {
    const text = `${'a'.repeat(290)} https://example.com/a-long-path-here`;
    const length = blueskyProfile.measure(text);
    assert.equal(length.length, 291 + 27);
    assert.equal(length.overflowStart, 291);
  });
});

suite('platform profiles: Mastodon and Threads', () => {
  test('Mastodon allows 500 characters by default and the server’s own limit when set', () => {
    assert.equal(mastodonProfile().measure('a'.repeat(500)).overflowStart, undefined);
    assert.equal(mastodonProfile().measure('a'.repeat(501)).overflowStart, 500);
    const small = platformProfile('mastodon', { mastodonLimit: 11 });
    assert.deepEqual([small.limit, small.measure('hello world!').length, small.measure('hello world!').overflowStart], [11, 12, 11]);
  });

  test('on Mastodon every http(s) link counts 23, and @user@domain counts as @user', () => {
    const url = 'https://example.com/a/very/long/path/that/goes/on/and/on?query=1';
    assert.equal(mastodonProfile().measure(`see ${url}`).length, 4 + 23);
    assert.equal(mastodonProfile().measure('see https://t.co').length, 4 + 23);
    assert.equal(mastodonProfile().measure('see example.com').length, 'see example.com'.length, 'a link without http(s) counts as written');
    assert.equal(mastodonProfile().measure('hi @alice@mastodon.social!').length, 'hi @alice!'.length);
    assert.equal(mastodonProfile().measure(`${FAMILY} ${NFD_CAFE}`).length, 1 + 1 + 4);
    const over = mastodonProfile(30).measure(`${'a'.repeat(10)} ${url}`);
    assert.deepEqual([over.length, over.overflowStart, over.urls], [34, 11, 1]);
  });

  test('platform ids and the names thread headings use', () => {
    assert.deepEqual(['x', 'bluesky', 'mastodon', 'threads', 'myspace'].map(isPlatformId), [true, true, true, true, false]);
    assert.deepEqual(['Bluesky', 'twitter', 'X', 'Long', undefined].map(platformNamed), ['bluesky', 'x', 'x', undefined, undefined]);
  });
});

suite('grapheme walking', () => {
  test('the ASCII fast path finds exactly the clusters Intl.Segmenter finds, for any mix of text', () => {
    const pieces = ['a', 'Z', ' ', '1', '#', '\n', '\r', '\r\n', '\t', 'e\u0301', '\u0301', '\u200d', '\ufe0f', '\u20e3', FAMILY, THUMBS,
      '🇫🇷', '🇫', '한', '\u1100', '\u1161', '\u0600', 'क्षि', '日', '\ud83d', 'é', '🏽'];
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const walked: [number, number][] = [];
      forEachGrapheme(text, (start, end) => walked.push([start, end]));
      assert.deepEqual(walked, [...segmenter.segment(text)].map(({ index, segment }) => [index, index + segment.length]));
    }), { numRuns: 2000 });
  });
});
