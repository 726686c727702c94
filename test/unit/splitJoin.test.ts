import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';
import { xProfile } from '../../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS, parsePost } from '../../src/core/post/postModel';
import { applyReplacements, joinPostWithNext, replacementBetween, splitPostAt, splitPostAtLimit, type ThreadEdit } from '../../src/core/edit/splitJoin';
import { EXAMPLE_POST } from './examplePost';

const OPTIONS = { threadsHeadings: DEFAULT_THREADS_HEADINGS };

function applied(text: string, edit: ReturnType<typeof splitPostAt>): { text: string; cursor: number } {
  assert.ok(!('refused' in edit), 'refused' in edit ? edit.refused : '');
  const { replacement, cursor } = edit as ThreadEdit;
  return { text: applyReplacements(text, [replacement]), cursor };
}

/** The first thread's labels rewritten for `total` posts, the post numbered `from` and later ones shifted by `shift`. */
function firstThreadRelabelled(text: string, total: number, from: number, shift: number): string {
  const start = text.indexOf('### Thread: "Bitcoin Mining Crisis');
  const end = text.indexOf('### Thread: "Financial Pressures Drive Miners');
  const relabelled = text.slice(start, end).replace(/^(\d+)\/10 /gm, (_, number: string) => {
    const n = Number(number);
    return `${n >= from ? n + shift : n}/${total} `;
  });
  return text.slice(0, start) + relabelled + text.slice(end);
}

suite('split a post at the cursor', () => {
  const cursor = EXAMPLE_POST.indexOf('Key features:');

  test('post 8/10 splits before "Key features:" into 8/11 and 9/11, and the whole first thread is renumbered /11', () => {
    const { text, cursor: after } = applied(EXAMPLE_POST, splitPostAt(EXAMPLE_POST, cursor, OPTIONS));
    const expected = firstThreadRelabelled(EXAMPLE_POST, 11, 9, 1).replace('work-for-services model. Key features:', 'work-for-services model.\n\n9/11 Key features:');
    assert.equal(text, expected);
    assert.ok(text.includes('8/11 Koii Network exemplifies the DePIN approach with its work-for-services model.\n\n9/11 Key features:\n- Participants'));
    assert.ok(text.includes('\n\n11/11 As Bitcoin mining faces challenges'));
    assert.ok(text.includes('\n1/8 Bitcoin mining is facing'), 'the second thread is untouched');
    assert.equal(text.slice(after, after + 'Key features:'.length), 'Key features:');
  });

  test('the edit replaces only the text that changed, from the first label to the last', () => {
    const edit = splitPostAt(EXAMPLE_POST, cursor, OPTIONS) as ThreadEdit;
    // `1/10` becomes `1/11`: the first difference is the label's last digit.
    assert.equal(edit.replacement.range.start, EXAMPLE_POST.indexOf('1/10 The crypto mining') + 3);
    // …and the last difference is the last label of the thread, `10/10` becoming `11/11`.
    assert.equal(edit.replacement.range.end, EXAMPLE_POST.indexOf('10/10 As Bitcoin') + '10/10'.length);
  });

  test('joining 8/11 with 9/11 gives the example post back exactly', () => {
    const split = applied(EXAMPLE_POST, splitPostAt(EXAMPLE_POST, cursor, OPTIONS));
    const joined = applied(split.text, joinPostWithNext(split.text, split.cursor - 10, OPTIONS));
    assert.equal(joined.text, EXAMPLE_POST);
    assert.equal(joined.text.slice(joined.cursor, joined.cursor + 'Key features:'.length), 'Key features:');
  });

  test('a cursor on the label, at the very start or end of the text, or outside any thread is refused', () => {
    const label = EXAMPLE_POST.indexOf('8/10 Koii');
    for (const offset of [label + 1, label + 5, EXAMPLE_POST.indexOf('- 90,000 node network') + 65, EXAMPLE_POST.indexOf('Surging Energy')]) {
      assert.ok('refused' in splitPostAt(EXAMPLE_POST, offset, OPTIONS), `offset ${offset}`);
    }
  });

  test('a CRLF file gets CRLF line breaks, and the edit never lands between a CR and its LF', () => {
    const crlf = EXAMPLE_POST.replace(/\n/g, '\r\n');
    const edit = splitPostAt(crlf, crlf.indexOf('Key features:'), OPTIONS) as ThreadEdit;
    const { text } = applied(crlf, edit);
    assert.equal(text, applied(EXAMPLE_POST, splitPostAt(EXAMPLE_POST, cursor, OPTIONS)).text.replace(/\n/g, '\r\n'));
    for (const offset of [edit.replacement.range.start, edit.replacement.range.end]) assert.ok(!(crlf[offset - 1] === '\r' && crlf[offset] === '\n'));
  });

  test('zero-padded labels stay padded', () => {
    const text = '## Threads\n\n01/02 one two\n\n02/02 three\n';
    assert.equal(applied(text, splitPostAt(text, text.indexOf('two'), OPTIONS)).text, '## Threads\n\n01/03 one\n\n02/03 two\n\n03/03 three\n');
  });
});

suite('join a post with the next', () => {
  test('7/10 and 8/10 join with a space into 7/9, and the first thread is renumbered /9', () => {
    const { text, cursor } = applied(EXAMPLE_POST, joinPostWithNext(EXAMPLE_POST, EXAMPLE_POST.indexOf('7/10 Enter DePIN') + 20, OPTIONS));
    const expected = firstThreadRelabelled(EXAMPLE_POST.replace('consumer hardware.\n\n8/10 Koii Network', 'consumer hardware. Koii Network'), 9, 9, -1);
    assert.equal(text, expected);
    assert.equal(text.slice(cursor, cursor + 'Koii Network'.length), 'Koii Network');
  });

  test('a post ending in a list joins the next on a new line', () => {
    const { text } = applied(EXAMPLE_POST, joinPostWithNext(EXAMPLE_POST, EXAMPLE_POST.indexOf('8/10 Koii') + 10, OPTIONS));
    assert.ok(text.includes('- 90,000 node network for enhanced security and decentralization\nKoii\'s architecture, using SCALEs'));
    const firstThread = text.slice(text.indexOf('### Thread: "Bitcoin Mining Crisis'), text.indexOf('### Thread: "Financial Pressures Drive Miners'));
    assert.deepEqual(firstThread.match(/^\d+\/\d+(?= )/gm), ['1/9', '2/9', '3/9', '4/9', '5/9', '6/9', '7/9', '8/9', '9/9']);
  });

  test('the last post of a thread has nothing to join', () => {
    const edit = joinPostWithNext(EXAMPLE_POST, EXAMPLE_POST.indexOf('10/10 As Bitcoin') + 10, OPTIONS);
    assert.deepEqual(edit, { refused: 'Post 10/10 is the last post of its thread: there is no next post to join.' });
  });
});

suite('the smallest replacement between two texts', () => {
  test('covers only what differs, and never splits a surrogate pair', () => {
    assert.deepEqual(replacementBetween('abcdef', 'abXYef'), { range: { start: 2, end: 4 }, text: 'XY' });
    assert.deepEqual(replacementBetween('same', 'same'), { range: { start: 4, end: 4 }, text: '' });
    const before = 'a😀b';
    const after = 'a😃b';
    const { range, text } = replacementBetween(before, after);
    assert.equal(before.slice(0, range.start) + text + before.slice(range.end), after);
    assert.deepEqual(range, { start: 1, end: 3 });
  });

  test('a shortened text that repeats its last character is cut where the texts part', () => {
    assert.deepEqual(replacementBetween('abb', 'ab'), { range: { start: 2, end: 3 }, text: '' });
    assert.deepEqual(replacementBetween('ab', 'abb'), { range: { start: 2, end: 2 }, text: 'b' });
  });

  test('never starts or ends between a CR and its LF, or inside a surrogate pair, at the edges of the surrogate ranges too', () => {
    const cases: [string, string, { start: number; end: number }][] = [
      ['a\r\nb', 'a\nb', { start: 1, end: 3 }],
      ['a\r\nb', 'a\r\r\nb', { start: 1, end: 3 }],
      // U+10000 is D800 DC00 and U+10001 D800 DC01: they differ in the low half, the lowest high surrogate before it.
      ['a\u{10000}b', 'a\u{10001}b', { start: 1, end: 3 }],
      // U+10FC00 is DBFF DC00 and U+10FC01 DBFF DC01: the highest high surrogate.
      ['a\u{10FC00}b', 'a\u{10FC01}b', { start: 1, end: 3 }],
      // U+10000 and U+10400 (D801 DC00) share the lowest low surrogate; U+103FF (D800 DFFF) and U+107FF the highest.
      ['a\u{10000}', 'a\u{10400}', { start: 1, end: 3 }],
      ['a\u{103FF}', 'a\u{107FF}', { start: 1, end: 3 }],
      // A pair both texts share stays out of the range; a CRLF taken away is taken whole.
      ['a😀b', 'a😀c', { start: 3, end: 4 }],
      ['a\uFF58b', 'c\uFF58b', { start: 0, end: 1 }],
      ['a\r\n', 'a', { start: 1, end: 3 }],
    ];
    for (const [before, after, range] of cases) {
      const replacement = replacementBetween(before, after);
      assert.deepEqual(replacement.range, range, JSON.stringify(before));
      assert.equal(applyReplacements(before, [replacement]), after);
    }
  });
});

suite('split an over-limit post at the limit (the quick fix of thread/too-long)', () => {
  const measureX = (_thread: unknown, postText: string) => xProfile.measure(postText);
  const inPost8 = EXAMPLE_POST.indexOf('Koii Network exemplifies');

  test('post 8/10 (326/280) splits at the last line end that fits: 8/11 fits X, 9/11 holds the rest, nothing is lost', () => {
    const { text } = applied(EXAMPLE_POST, splitPostAtLimit(EXAMPLE_POST, inPost8, OPTIONS, measureX));
    const thread = parsePost(text, OPTIONS).threadsBlock!.threads[0];
    assert.deepEqual(thread.posts.map((post) => `${post.label.number}/${post.label.total}`), Array.from({ length: 11 }, (_, i) => `${i + 1}/11`));
    const [first, second] = [thread.posts[7], thread.posts[8]];
    assert.equal(twitterText.parseTweet(first.text).weightedLength <= 280, true, first.text);
    assert.equal(first.text, '8/11 Koii Network exemplifies the DePIN approach with its work-for-services model. Key features:\n'
      + '- Participants earn tokens for contributing services/content\n- Minimal hardware requirements for broader participation\n'
      + '- Controlled token supply to reduce inflation');
    assert.equal(second.text, '9/11 - 90,000 node network for enhanced security and decentralization');
    assert.equal(text.replace(/^\d+\/1[01] /gm, ''), EXAMPLE_POST.replace(/^\d+\/10 /gm, '').replace('inflation\n- 90,000', 'inflation\n\n- 90,000'));
  });

  test('on a CRLF file the split keeps CRLF line breaks', () => {
    const crlf = EXAMPLE_POST.replace(/\n/g, '\r\n');
    const { text } = applied(crlf, splitPostAtLimit(crlf, crlf.indexOf('Koii Network exemplifies'), OPTIONS, measureX));
    assert.ok(text.includes('inflation\r\n\r\n9/11 - 90,000 node'), JSON.stringify(text.slice(text.indexOf('inflation'), text.indexOf('inflation') + 30)));
    assert.ok(!/[^\r]\n/.test(text));
  });

  test('a post that fits, or one with no cut point before its limit, is refused with a reason', () => {
    const fits = splitPostAtLimit(EXAMPLE_POST, EXAMPLE_POST.indexOf('Koii\'s architecture'), OPTIONS, measureX);
    assert.deepEqual(fits, { refused: 'Post 9/10 fits its limit: there is nothing to split.' });
    const oneWord = `## Twitter threads:\n\n### Thread: "t"\n\n1/1 ${'a'.repeat(300)} end.\n`;
    const refused = splitPostAtLimit(oneWord, oneWord.indexOf('aaa'), OPTIONS, measureX);
    assert.match((refused as { refused: string }).refused, /^Post 1\/1 has no sentence end before its limit/);
  });
});

suite('split and join: where the cursor is, and what is refused', () => {
  const thread = (...posts: string[]) => `## Threads\n\n${posts.join('\n\n')}\n`;
  const OUTSIDE = { refused: 'Place the cursor inside a numbered post of a thread (a line starting `1/5 `).' };
  const NO_WORDS = { refused: 'Place the cursor inside the post’s text, with words on both sides, to split it there.' };

  test('a cursor after the last word of a post, or right after its label, is refused; it never reaches the next post', () => {
    const text = thread('1/2 one two', '2/2 three');
    assert.deepEqual(splitPostAt(text, text.indexOf('two') + 3, OPTIONS), NO_WORDS);
    assert.deepEqual(splitPostAt(text, text.indexOf('one'), OPTIONS), NO_WORDS);
  });

  test('a cursor outside every thread is refused with the same words by split, split at the limit and join', () => {
    const text = `# Heading\n\n${thread('1/1 one')}`;
    const measureX = (_thread: unknown, postText: string) => xProfile.measure(postText);
    assert.deepEqual(splitPostAt(text, 3, OPTIONS), OUTSIDE);
    assert.deepEqual(splitPostAtLimit(text, 3, OPTIONS, measureX), OUTSIDE);
    assert.deepEqual(joinPostWithNext(text, 3, OPTIONS), OUTSIDE);
  });

  test('a next post that starts with a list item is joined on a new line', () => {
    const text = thread('1/2 Costs:', '2/2 - power\n- cooling');
    assert.equal(applied(text, joinPostWithNext(text, text.indexOf('Costs'), OPTIONS)).text, thread('1/1 Costs:\n- power\n- cooling'));
  });
});

suite('split at the limit: which sentence end', () => {
  const measureX = (_thread: unknown, postText: string) => xProfile.measure(postText);
  const weighted = (text: string) => twitterText.parseTweet(text).weightedLength;
  const postsOf = (text: string) => parsePost(text, OPTIONS).threadsBlock!.threads[0].posts.map((post) => post.text);

  test('the cut is the last sentence end that fits, even one ending exactly at the limit, and nothing is lost', () => {
    // "1/1 " and 46 sentences of six characters with "Words." first: the first part is exactly 280.
    const sentences = ['Words.', ...Array.from({ length: 99 }, () => 'Word.')];
    const text = `## Threads\n\n1/1 ${sentences.join(' ')}\n`;
    const [first, second] = postsOf(applied(text, splitPostAtLimit(text, text.indexOf('Words'), OPTIONS, measureX)).text);
    assert.equal(first, `1/2 ${sentences.slice(0, 46).join(' ')}`);
    assert.equal(weighted(first), 280);
    assert.equal(second, `2/2 ${sentences.slice(46).join(' ')}`);
  });

  test('a cut just after the label is refused and the search goes on, down to a refusal with a reason', () => {
    const text = `## Threads\n\n1/1 \n${'a'.repeat(300)} end.\n`;
    const refused = splitPostAtLimit(text, text.indexOf('aaa'), OPTIONS, measureX);
    assert.match((refused as { refused: string }).refused, /^Post 1\/1 has no sentence end before its limit/);
  });

  test('a cut that fits before renumbering but not after is passed over for an earlier one', () => {
    // The 100th post is labelled 1/1: renumbered it becomes 100/101, four characters longer.
    const posts = Array.from({ length: 99 }, (_, i) => `${i + 1}/100 Post.`);
    const long = `1/1 Start here. ${'a'.repeat(261)}. ${'b'.repeat(20)}`;
    assert.equal(weighted(long.slice(0, long.indexOf(`. ${'b'}`) + 1)), 278);
    const text = `## Threads\n\n${[...posts, long].join('\n\n')}\n`;
    const split = postsOf(applied(text, splitPostAtLimit(text, text.indexOf('Start'), OPTIONS, measureX)).text);
    assert.equal(split.length, 101);
    assert.equal(split[99], '100/101 Start here.');
    assert.equal(split[100], `101/101 ${'a'.repeat(261)}. ${'b'.repeat(20)}`);
  });
});
