import * as assert from 'node:assert/strict';
import { contentWarningOf, mastodonProfile, statusTextOf } from '../../src/core/count/mastodonProfile';
import { overBy, threadsProfile } from '../../src/core/count/platforms';

const FAMILY = '👩‍👩‍👧‍👦';
const mastodon = mastodonProfile();

suite('Mastodon, as the server’s StatusLengthValidator counts', () => {
  const table: [string, string, number][] = [
    ['a path of emoji is part of the link', 'https://example.com/😀', 23],
    ['a path of Japanese is part of the link', 'https://example.com/日本語です', 23],
    ['a query of Unicode is part of the link', 'https://example.com/?q=日本語', 23],
    ['a trailing full stop is not', 'https://example.com/page.', 24],
    ['parentheses end a path unless balanced', '(https://example.com/a)', 25],
    ['gemini links', 'gemini://example.com/capsule', 23],
    ['dat links', 'dat://example.com/x', 23],
    ['ipfs links', 'ipfs://example.com/x', 23],
    ['gopher links', 'gopher://example.com/x', 23],
    ['ftp is not linked', 'ftp://example.com/x', 'ftp://example.com/x'.length],
    ['a link without a scheme counts as written', 'see example.com', 'see example.com'.length],
    ['a remote mention counts as @user', 'hi @alice@mastodon.social!', 'hi @alice!'.length],
    ['a local mention counts as written', 'hi @alice and @bob', 'hi @alice and @bob'.length],
    ['combining marks are allowed in the domain', '@alice@exa\u0301mple.com', '@alice'.length],
    ['a mention followed by @ is no mention', '@alice@example.com@x', '@alice@example.com@x'.length],
    ['a mention followed by :// is no mention', '@alice@example.com://x', '@alice@example.com://x'.length],
    ['a domain longer than 253 characters is no server', `@alice@${'a'.repeat(250)}.com`, `@alice@${'a'.repeat(250)}.com`.length],
    ['a domain of exactly 253 characters is a server', `@alice@${'a'.repeat(249)}.com`, '@alice'.length],
    ['a mention before a link: both are shortened', '@alice@example.com https://example.com/x', '@alice '.length + 23],
    ['a mention inside a link is part of the link (the server drops overlapping entities)', 'https://example.com/a-@alice@b.com', 23],
    ['a blank post counts 0', ' \n\t ', 0],
    ['an empty post counts 0', '', 0],
    ['emoji sequences and NFD accents count one each', `${FAMILY} cafe\u0301`, 1 + 1 + 4],
  ];
  for (const [name, text, expected] of table) {
    test(`${name}: ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} counts ${expected}`, () => {
      assert.equal(mastodon.measure(text).length, expected);
    });
  }

  test('a blank post is refused: the server wants text (or media, which a thread post has none of)', () => {
    assert.equal(mastodon.measure('   ').fits, false);
    assert.equal(overBy(mastodon.measure('   ')), 'empty');
    assert.equal(mastodon.measure('   ').refusal?.reason, 'is blank, and Mastodon refuses a post without text');
    assert.equal(mastodon.measure('   ').urls, 0);
    assert.equal(mastodon.measure('a').fits, true);
  });

  test('a first line `CW: …` is the content warning: it counts as the warning alone, with the text after it', () => {
    // The server counts the spoiler text and then the status: 'spoilers' (8) + 'hello' (5).
    assert.equal(mastodon.measure('CW: spoilers\nhello').length, 13);
    assert.equal(mastodon.measure('cw:spoilers  \r\nhello').length, 13);
    assert.deepEqual(contentWarningOf('CW: money talk\nBitcoin miners…'), { warning: 'money talk', line: { start: 0, end: 15 } });
    // After the post's label, which stays in the status.
    assert.deepEqual(contentWarningOf('2/8 CW: money talk\nBitcoin miners…'), { warning: 'money talk', line: { start: 4, end: 19 } });
    assert.equal(statusTextOf('2/8 CW: money talk\nBitcoin miners…'), '2/8 Bitcoin miners…');
    assert.equal(mastodon.measure('2/8 CW: spoilers\nhello').length, 17);
    // Not a warning: no text after `CW:`, or `CW:` not at the start.
    assert.equal(contentWarningOf('CW:\nhello'), undefined);
    assert.equal(mastodon.measure('Say CW: spoilers\nhello').length, 22);
  });

  test('a link or mention in the warning counts as written; the text after it is still shortened', () => {
    assert.equal(mastodon.measure(`CW: see https://example.com/${'a'.repeat(40)}\nhttps://example.com/${'b'.repeat(40)}`).length, 'see https://example.com/'.length + 40 + 23);
    assert.equal(mastodon.measure('CW: @a@example.social\n@b@example.social').length, '@a@example.social'.length + '@b'.length);
  });

  test('past the limit inside the warning, the overflow starts at the warning\'s line; after it, in the text', () => {
    const small = mastodonProfile(10);
    assert.deepEqual([small.measure(`CW: ${'x'.repeat(12)}\nabc`).length, small.measure(`CW: ${'x'.repeat(12)}\nabc`).overflowStart], [15, 0]);
    assert.equal(small.measure('CW: cw\nabcdefghi').overflowStart, 7 + 8);
  });

  test('a warning with no text after it is blank: refused, as the server refuses a status without text', () => {
    const length = mastodon.measure('CW: spoilers\n   ');
    assert.equal(length.fits, false);
    assert.equal(overBy(length), 'empty');
    assert.deepEqual([length.refusal?.start, length.refusal?.end], [13, 16]);
  });
});

suite('Threads, as Meta documents it', () => {
  test('500 characters fit; emoji count as their UTF-8 bytes, other characters one each', () => {
    assert.equal(threadsProfile.measure('a'.repeat(500)).fits, true);
    assert.equal(threadsProfile.measure('😀').length, 4);
    assert.equal(threadsProfile.measure(FAMILY).length, 25);
    assert.equal(threadsProfile.measure('🇫🇷').length, 8);
    assert.equal(threadsProfile.measure('1\uFE0F\u20E3').length, 7);
    assert.equal(threadsProfile.measure(`日本語 cafe\u0301`).length, 8);
    const over = threadsProfile.measure(`${'a'.repeat(497)}😀`);
    assert.deepEqual([over.length, over.overflowStart, overBy(over)], [501, 497, '1 over']);
  });

  test('five links are allowed; a sixth is refused and flagged where it is', () => {
    const links = (count: number) => Array.from({ length: count }, (_, index) => `https://example.com/${index}`).join(' ');
    assert.equal(threadsProfile.measure(links(5)).fits, true);
    const six = links(6);
    const measured = threadsProfile.measure(six);
    assert.equal(measured.fits, false);
    assert.equal(overBy(measured), '6 links, 5 allowed');
    assert.equal(measured.refusal?.reason, 'has 6 links; Threads refuses more than 5');
    assert.equal(six.slice(measured.refusal!.start, measured.refusal!.end), 'https://example.com/5');
  });

  test('the links Threads finds are counted for the tooltip: none in a text without a dot, one in a text with a link', () => {
    assert.equal(threadsProfile.measure('no links in here').urls, 0);
    assert.equal(threadsProfile.measure('read https://example.com/a now').urls, 1);
  });
});

suite('a Mastodon profile with its own limit', () => {
  test('is still Mastodon, with the server’s limit', () => {
    const ownLimit = mastodonProfile(600);
    assert.deepEqual([ownLimit.id, ownLimit.displayName, ownLimit.limit], ['mastodon', 'Mastodon', 600]);
    assert.equal(ownLimit.measure('a'.repeat(600)).fits, true);
    assert.equal(ownLimit.measure('a'.repeat(601)).fits, false);
  });
});
