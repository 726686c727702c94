import * as assert from 'node:assert/strict';
import { RichText, UnicodeString } from '@atproto/api';
import fc from 'fast-check';
import { blueskyProfile, toShortUrl } from '../../src/core/count/blueskyProfile';
import { overBy } from '../../src/core/count/platforms';

const FAMILY = '👩‍👩‍👧‍👦';

/**
 * What the official app posts, built on `@atproto/api` itself: the text trimmed as the app trims it, `RichText`
 * with `cleanNewlines`, its own `detectFacets` (without network resolution), and each link facet's text replaced
 * with the app's short form, here written from the app's rule (host plus path, cut to 13 and `...` past 15).
 */
function postedByTheApp(text: string): { graphemes: number; bytes: number; links: number } {
  const trimmed = text.replace(/^(\s*\n)+/, '').trimEnd();
  const rich = new RichText({ text: trimmed }, { cleanNewlines: true });
  rich.detectFacetsWithoutResolution();
  const links = (rich.facets ?? []).filter((facet) => facet.features.some((feature) => feature.$type === 'app.bsky.richtext.facet#link'));
  for (const facet of [...links].sort((a, b) => b.index.byteStart - a.index.byteStart)) {
    const { byteStart, byteEnd } = facet.index;
    const written = rich.unicodeText.slice(byteStart, byteEnd);
    let short = written;
    try {
      const url = new URL(written);
      const path = (url.pathname === '/' ? '' : url.pathname) + url.search + url.hash;
      if (url.protocol === 'http:' || url.protocol === 'https:') short = url.host + (path.length > 15 ? `${path.slice(0, 13)}...` : path);
    } catch {
      // A bare domain is no absolute URL: the app posts it as written.
    }
    rich.delete(byteStart, byteEnd);
    rich.insert(byteStart, short);
  }
  return { graphemes: rich.graphemeLength, bytes: new UnicodeString(rich.text).length, links: links.length };
}

const pieces = [
  'word', ' ', '\n', '\n\n\n', ' \n \n\n', '\u200B\n\n\n', '日本語', FAMILY, '👍🏽', 'e\u0301', '.', ',', '(', ')', '!',
  'https://example.com', 'https://example.com/a/long/path/here?q=1#top', 'https://grå.org/', 'https://example.com/a/../b',
  'https://example.com/%2e%2e/x', 'http://[::1]:8080/', 'http://0x7f.1/', 'https://example.com/日本', 'example.com', 'sub.example.org/path',
  'www.example.co.uk', 'not.a-tld', 'file.txt', 'HTTPS://EXAMPLE.COM/X', 'https://', 'http://a b',
];
const blueskyText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

suite('Bluesky, against @atproto/api and the official app’s posting rules', () => {
  test('on any text, graphemes, bytes and links are what the app would post, as RichText counts them', () => {
    fc.assert(fc.property(blueskyText, (text) => {
      const posted = postedByTheApp(text);
      const measured = blueskyProfile.measure(text);
      assert.deepEqual([measured.length, measured.bytes!.length, measured.urls], [posted.graphemes, posted.bytes, posted.links], JSON.stringify(text));
      assert.equal(measured.fits, posted.graphemes <= 300 && posted.bytes <= 3000);
    }), { numRuns: 400 });
  });

  test('150 family emoji: 154 graphemes fit 300, but 3,754 bytes are 754 over 3,000, so the post does not fit', () => {
    const text = `1/1 ${FAMILY.repeat(150)}`;
    const measured = blueskyProfile.measure(text);
    assert.deepEqual([measured.length, measured.bytes!.length], [154, 3754]);
    assert.deepEqual(postedByTheApp(text), { graphemes: 154, bytes: 3754, links: 0 });
    assert.equal(measured.fits, false);
    assert.equal(overBy(measured), '754 bytes over');
  });

  test('3,000 bytes exactly fit (120 family emoji, as the app counts them); 3,025 are 25 over', () => {
    const fits = blueskyProfile.measure(FAMILY.repeat(120));
    assert.deepEqual(postedByTheApp(FAMILY.repeat(120)), { graphemes: 120, bytes: 3000, links: 0 });
    assert.deepEqual([fits.bytes!.length, fits.fits, overBy(fits)], [3000, true, undefined]);
    const over = blueskyProfile.measure(FAMILY.repeat(121));
    assert.deepEqual([over.bytes!.length, over.fits, overBy(over)], [3025, false, '25 bytes over']);
  });

  test('300 graphemes exactly at the limit but past 3,000 bytes are over in bytes, not "0 over"', () => {
    const measured = blueskyProfile.measure(FAMILY.repeat(300));
    assert.deepEqual(postedByTheApp(FAMILY.repeat(300)), { graphemes: 300, bytes: 7500, links: 0 });
    assert.deepEqual([measured.length, measured.fits, overBy(measured)], [300, false, '4500 bytes over']);
  });

  test('an internationalised host counts in punycode, as the URL parser writes it', () => {
    assert.equal(toShortUrl('https://grå.org/'), 'xn--gr-zia.org');
    assert.equal(blueskyProfile.measure('https://grå.org/').length, 14);
  });

  test('dot segments and percent-escaped dots are resolved; non-ASCII in a path is percent-encoded', () => {
    assert.equal(toShortUrl('https://example.com/a/../b'), 'example.com/b');
    assert.equal(toShortUrl('https://example.com/%2e%2e/x'), 'example.com/x');
    assert.equal(toShortUrl('https://example.com/日本'), 'example.com/%E6%97%A5%E6...');
  });

  test('IPv6 and numeric hosts are normalised', () => {
    assert.equal(toShortUrl('http://[0:0::1]:8080/'), '[::1]:8080');
    assert.equal(toShortUrl('http://0x7f.1/'), '127.0.0.1');
  });

  test('a bare domain is a link (the app links it) and counts as written', () => {
    const measured = blueskyProfile.measure('see example.com today');
    assert.deepEqual([measured.urls, measured.length], [1, 'see example.com today'.length]);
    assert.equal(blueskyProfile.measure('see file.txt today').urls, 0, 'txt is no top-level domain');
  });

  test('a bare domain with a port, which the URL parser reads as a scheme, counts as written however long its path', () => {
    const bare = 'example.com:8080/a/long/path/to/a/page';
    assert.equal(new URL(bare).protocol, 'example.com:');
    assert.equal(toShortUrl(bare), bare);
  });

  test('the text is trimmed and its runs of blank lines collapsed, as the app does before posting', () => {
    assert.equal(blueskyProfile.measure('1/2 a\n\n\n\nb   ').length, '1/2 a\n\nb'.length);
    assert.equal(blueskyProfile.measure('\n \n1/2 a').length, '1/2 a'.length);
    const over = blueskyProfile.measure(`${'a'.repeat(299)}\n\n\n\n\nbc`);
    assert.equal(over.length, 303);
    assert.equal(over.overflowStart, 299, 'the 301st grapheme is the second line break the run collapses to, so the run is where it starts');
  });
});
