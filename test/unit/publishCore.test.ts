import * as assert from 'assert';
import { TID } from '@atproto/common-web';
import { parsePost, type PostModel, type Thread } from '../../src/core/post/postModel';
import { earlierPosting, formatPostedRecord, parsePostedRecord, recordEdit, recordsOf, unfinishedPosting, type PostedRecord } from '../../src/core/publish/postedRecord';
import { preflightThread } from '../../src/core/publish/preflight';
import { tid } from '../../src/core/publish/recordKeys';
import { firstWords, threadAt } from '../../src/core/publish/threadChoice';
import { parseXPostLink, xComposerUrl } from '../../src/core/publish/xThread';
import { imageCandidates, publishMetadata } from '../../src/core/publish/postMetadata';
import { EXAMPLE_POST } from './examplePost';

function apply(text: string, edit: { range: { start: number; end: number }; text: string }): string {
  return text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
}

const RECORD: PostedRecord = { platform: 'bluesky', account: '@writer.bsky.social', url: 'https://bsky.app/profile/writer.bsky.social/post/3lbx2abcdefgh', date: '2026-12-01' };

suite('Publishing: X composer links', () => {
  const tricky = '1/3 Fees & taxes: #bitcoin +12% 🇺🇸👩🏽‍💻\nsecond line\r\nthird';

  test('post 1 opens the composer with the exact text, whatever it holds', () => {
    const url = new URL(xComposerUrl(tricky));
    assert.strictEqual(`${url.origin}${url.pathname}`, 'https://x.com/intent/post');
    assert.strictEqual(url.searchParams.get('text'), tricky);
    assert.strictEqual(url.searchParams.has('in_reply_to'), false);
    assert.ok(!url.search.includes('+'), 'a plus sign is percent-encoded, never read back as a space');
  });

  test('a reply names the post it answers in in_reply_to', () => {
    const url = new URL(xComposerUrl(tricky, '1861234567890123456'));
    assert.strictEqual(url.searchParams.get('text'), tricky);
    assert.strictEqual(url.searchParams.get('in_reply_to'), '1861234567890123456');
    assert.deepStrictEqual([...url.searchParams.keys()], ['text', 'in_reply_to']);
  });

  test('pasted links from x.com and twitter.com give the post id, with or without a query', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['https://x.com/writer/status/1861234567890123456', '1861234567890123456', 'writer'],
      ['https://x.com/writer/status/1861234567890123456?s=20', '1861234567890123456', 'writer'],
      ['  https://twitter.com/Writer_1/status/20?t=abc&s=19  ', '20', 'Writer_1'],
      ['https://mobile.twitter.com/writer/status/42#reply', '42', 'writer'],
      ['https://www.x.com/writer/status/42/photo/1', '42', 'writer'],
      ['https://x.com/i/web/status/42', '42', undefined],
      ['x.com/writer/status/42', undefined, undefined],
      ['https://x.com.evil.example/writer/status/42', undefined, undefined],
      ['https://x.com/writer', undefined, undefined],
      ['https://bsky.app/profile/writer/post/42', undefined, undefined],
    ];
    for (const [pasted, id, handle] of cases) {
      const link = parseXPostLink(pasted);
      assert.strictEqual(link?.id, id, pasted);
      assert.strictEqual(link?.handle, handle, pasted);
    }
    assert.strictEqual(parseXPostLink('https://twitter.com/writer/status/42?s=20')?.url, 'https://x.com/writer/status/42');
  });
});

suite('Publishing: the posted record', () => {
  // Computed in each test's own setup rather than when the file loads, so mutation testing knows which tests read it.
  let model: PostModel;
  let second: Thread;
  setup(() => {
    model = parsePost(EXAMPLE_POST);
    [, second] = model.threadsBlock!.threads;
  });

  test('a record reads back as written, partial or complete', () => {
    const partial: PostedRecord = { ...RECORD, platform: 'mastodon', account: '@writer@mastodon.social', url: 'https://mastodon.social/@writer/1', partial: { posted: 4, total: 8, lastId: '114' } };
    for (const record of [RECORD, partial]) assert.deepStrictEqual(parsePostedRecord(formatPostedRecord(record)), { partial: undefined, ...record });
    assert.strictEqual(formatPostedRecord(RECORD), '<!-- posted: bluesky @writer.bsky.social https://bsky.app/profile/writer.bsky.social/post/3lbx2abcdefgh 2026-12-01 -->');
    assert.strictEqual(parsePostedRecord('<!-- posted somewhere -->'), undefined);
  });

  test('the record goes on the line under the thread heading, and the post still reads the same threads', () => {
    const written = apply(EXAMPLE_POST, recordEdit(second, EXAMPLE_POST, RECORD));
    const lines = written.split('\n');
    const heading = lines.indexOf('### Thread: "Financial Pressures Drive Miners to AI: The Shift to Sustainable Alternatives"');
    assert.strictEqual(lines[heading + 1], formatPostedRecord(RECORD));
    assert.strictEqual(written.length, EXAMPLE_POST.length + formatPostedRecord(RECORD).length + 1);
    const reread = parsePost(written);
    assert.deepStrictEqual(reread.threadsBlock!.threads.map((thread) => thread.posts.map((post) => post.text)), model.threadsBlock!.threads.map((thread) => thread.posts.map((post) => post.text)));
    assert.deepStrictEqual(recordsOf(reread.threadsBlock!.threads[1], written).map((placed) => placed.record), [{ ...RECORD, partial: undefined }]);
    assert.deepStrictEqual(recordsOf(reread.threadsBlock!.threads[0], written), []);
  });

  test('a second posting to the same account is found; another account or platform is not', () => {
    const written = apply(EXAMPLE_POST, recordEdit(second, EXAMPLE_POST, RECORD));
    const thread = parsePost(written).threadsBlock!.threads[1];
    assert.strictEqual(earlierPosting(thread, written, 'bluesky', '@writer.bsky.social')?.url, RECORD.url);
    assert.strictEqual(earlierPosting(thread, written, 'bluesky', '@other.bsky.social'), undefined);
    assert.strictEqual(earlierPosting(thread, written, 'mastodon', '@writer.bsky.social'), undefined);
    assert.strictEqual(earlierPosting(parsePost(written).threadsBlock!.threads[2], written, 'bluesky', '@writer.bsky.social'), undefined);
  });

  test('finishing a partial thread replaces its record in place, keeping CRLF line breaks', () => {
    const crlf = EXAMPLE_POST.replace(/\n/g, '\r\n');
    const thread = parsePost(crlf).threadsBlock!.threads[1];
    const partial: PostedRecord = { platform: 'mastodon', account: '@writer@mastodon.social', url: 'https://mastodon.social/@writer/1', date: '2026-12-01', partial: { posted: 4, total: 8, lastId: '4' } };
    const once = apply(crlf, recordEdit(thread, crlf, partial));
    assert.ok(once.includes(`Alternatives"\r\n${formatPostedRecord(partial)}\r\n`));
    const rethread = parsePost(once).threadsBlock!.threads[1];
    assert.strictEqual(unfinishedPosting(rethread, once, 'mastodon')?.partial?.lastId, '4');
    const done = { ...partial, partial: undefined };
    const twice = apply(once, recordEdit(rethread, once, done));
    assert.strictEqual(twice, apply(crlf, recordEdit(thread, crlf, done)), 'one line, replaced, not a second one');
    assert.strictEqual(earlierPosting(parsePost(twice).threadsBlock!.threads[1], twice, 'mastodon', '@writer@mastodon.social')?.url, partial.url);
  });
});

suite('Publishing: pre-flight', () => {
  // Computed in each test's own setup rather than when the file loads, so mutation testing knows which tests read it.
  let model: PostModel;
  let first: Thread, second: Thread, third: Thread;
  setup(() => {
    model = parsePost(EXAMPLE_POST);
    [first, second, third] = model.threadsBlock!.threads;
  });

  test('a post over the limit refuses, with the editor\'s message', () => {
    const { refusals } = preflightThread(model, EXAMPLE_POST, first, 'x');
    assert.deepStrictEqual(refusals.map((problem) => problem.message), ['Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over']);
    assert.deepStrictEqual(preflightThread(model, EXAMPLE_POST, third, 'x').refusals, []);
  });

  test('figure drift only warns: thread 2 quotes $34,900 and 60%+, which the post does not contain', () => {
    const { refusals, warnings } = preflightThread(model, EXAMPLE_POST, second, 'bluesky');
    assert.deepStrictEqual(refusals, []);
    const quoted = (thread: Thread) => preflightThread(model, EXAMPLE_POST, thread, 'bluesky').warnings.map((problem) => EXAMPLE_POST.slice(problem.range.start, problem.range.end));
    assert.deepStrictEqual(quoted(second), ['$34,900', '60%+'], 'the warnings of thread 2 alone, in the order of the post');
    assert.deepStrictEqual(quoted(first), ['$34,900', '60%']);
    assert.ok(warnings.every((problem) => problem.code === 'thread/figure-not-in-post' && problem.range.start >= second.range.start && problem.range.end <= second.range.end));
  });

  test('refusals come in the order of the post, numbering and length together', () => {
    const broken = EXAMPLE_POST.replace('2/8 ', '3/8 ');
    const brokenModel = parsePost(broken);
    const { refusals } = preflightThread(brokenModel, broken, brokenModel.threadsBlock!.threads[1], 'mastodon', { maxCharacters: 200 });
    assert.deepStrictEqual(refusals.map((problem) => problem.message), [
      'Post 3/8 of "Financial Pressures…" follows 1/8: 2/8 is missing',
      'Post 3/8 of "Financial Pressures…" repeats the number of the post on line 143',
      'Post 3/8 of "Financial Pressures…" is 222/200: 22 over',
      'Post 7/8 of "Financial Pressures…" is 227/200: 27 over',
      'Post 8/8 of "Financial Pressures…" is 216/200: 16 over',
    ]);
  });

  test('broken numbering refuses', () => {
    const broken = EXAMPLE_POST.replace('4/8 Enter DePIN', '5/8 Enter DePIN');
    const brokenModel = parsePost(broken);
    const { refusals } = preflightThread(brokenModel, broken, brokenModel.threadsBlock!.threads[1], 'bluesky');
    assert.ok(refusals.length > 0 && refusals.every((problem) => problem.code === 'thread/numbering'), JSON.stringify(refusals));
  });

  test('Mastodon counts with the server\'s limit and link length', () => {
    assert.deepStrictEqual(preflightThread(model, EXAMPLE_POST, second, 'mastodon', { maxCharacters: 500 }).refusals, []);
    const tight = preflightThread(model, EXAMPLE_POST, second, 'mastodon', { maxCharacters: 200 }).refusals;
    assert.ok(tight.length >= 3 && tight.every((problem) => /\/200/.test(problem.message)), tight.map((problem) => problem.message).join('\n'));
    const linked = '---\ntitle: t\n---\n\n## Twitter threads:\n\n### Thread: "L"\n\n1/1 https://example.com/a\n';
    const linkedModel = parsePost(linked);
    const thread = linkedModel.threadsBlock!.threads[0];
    assert.deepStrictEqual(preflightThread(linkedModel, linked, thread, 'mastodon', { maxCharacters: 27 }).refusals, []);
    assert.deepStrictEqual(preflightThread(linkedModel, linked, thread, 'mastodon', { maxCharacters: 27, charactersPerUrl: 30 }).refusals.map((problem) => problem.message),
      ['Post 1/1 of "L" is 34/27: 7 over']);
  });
});

suite('Publishing: record keys, metadata and messages', () => {
  test('record keys are atproto TIDs, in posting order', () => {
    const micros = Date.UTC(2026, 11, 1) * 1000;
    assert.strictEqual(tid(micros, 7), TID.fromTime(micros, 7).toString());
    assert.strictEqual(tid(micros + 1, 1023), TID.fromTime(micros + 1, 1023).toString());
    assert.ok(tid(micros, 7) < tid(micros + 1, 7));
    assert.ok(TID.is(tid(micros, 0)));
  });

  test('the thread at the cursor, and the first words a confirmation names', () => {
    const model = parsePost(EXAMPLE_POST);
    const offset = EXAMPLE_POST.indexOf('6/8 Koii Network exemplifies');
    assert.strictEqual(threadAt(model, offset)?.title, 'Financial Pressures Drive Miners to AI: The Shift to Sustainable Alternatives');
    assert.strictEqual(threadAt(model, 0), undefined);
    assert.strictEqual(firstWords(model.threadsBlock!.threads[1]), '1/8 Bitcoin mining is facing unprecedented challenges.…');
  });

  test('lang, image and alt text come from the front matter, in both shapes themes use', () => {
    assert.deepStrictEqual(publishMetadata({ lang: 'en', image: 'assets/a.png', image_alt: 'A miner' }), { lang: 'en', image: { path: 'assets/a.png', alt: 'A miner' } });
    assert.deepStrictEqual(publishMetadata({ lang: 'not a tag', image: { path: '/a.jpg', alt: 'Alt' } }), { lang: undefined, image: { path: '/a.jpg', alt: 'Alt' } });
    assert.deepStrictEqual(publishMetadata(undefined), { lang: undefined });
    assert.deepStrictEqual(imageCandidates('/site/_posts', '/assets/a.png').slice(0, 4), ['/site/_posts/assets/a.png', '/site/_posts/static/assets/a.png', '/site/assets/a.png', '/site/static/assets/a.png']);
    assert.deepStrictEqual(imageCandidates('/site', '../secret.png'), []);
    assert.deepStrictEqual(imageCandidates('/site', 'https://cdn.example/a.png'), []);
  });
});
