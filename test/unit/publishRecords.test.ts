import * as assert from 'node:assert/strict';
import { parsePost } from '../../src/core/post/postModel';
import { earlierPosting, formatPostedRecord, parsePostedRecord, recordDate, recordEdit, recordsOf, unfinishedPosting, type PostedRecord } from '../../src/core/publish/postedRecord';

const FINISHED: PostedRecord = { platform: 'bluesky', account: '@a.test', url: 'https://bsky.app/profile/a.test/post/1', date: '2026-12-01' };
const PARTIAL: PostedRecord = { platform: 'mastodon', account: '@a@social.test', url: 'https://social.test/@a/1', date: '2026-12-01', partial: { posted: 1, total: 2, lastId: '11' } };

/** The document with one replacement applied. */
function apply(text: string, edit: { range: { start: number; end: number }; text: string }): string {
  return text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
}

/** A post whose threads block holds `block` (threads, records and all). */
function postWith(block: string): string {
  return `---\ntitle: T\n---\n\nBody.\n\n## Twitter threads:\n\n${block}\n`;
}

suite('Publishing records: where they are read', () => {
  test('a record line may be indented or carry trailing spaces; its range is the comment alone', () => {
    const line = formatPostedRecord(FINISHED);
    assert.deepEqual(parsePostedRecord(`  ${line}  `), { ...FINISHED, partial: undefined });
    const text = postWith(`### Thread: "T"\n  ${line}   \n\n1/1 Post.`);
    const placed = recordsOf(parsePost(text).threadsBlock!.threads[0], text);
    assert.deepEqual(placed, [{ record: { ...FINISHED, partial: undefined }, start: text.indexOf(line), end: text.indexOf(line) + line.length }]);
  });

  test('a thread with a heading and no posts yet has only its own records, not the next thread\'s', () => {
    const text = postWith(`### Thread: "Empty"\n\n### Thread: "T"\n${formatPostedRecord(FINISHED)}\n\n1/1 Post.`);
    const [empty, next] = parsePost(text).threadsBlock!.threads;
    assert.deepEqual(recordsOf(empty, text), []);
    assert.equal(recordsOf(next, text).length, 1);
  });

  test('a thread without a heading keeps its record above its first post, and reads it back', () => {
    const text = postWith('1/2 First post.\n\n2/2 Second.');
    const written = apply(text, recordEdit(parsePost(text).threadsBlock!.threads[0], text, FINISHED));
    assert.equal(written, postWith(`${formatPostedRecord(FINISHED)}\n1/2 First post.\n\n2/2 Second.`));
    const thread = parsePost(written).threadsBlock!.threads[0];
    assert.equal(thread.heading, undefined);
    assert.deepEqual(earlierPosting(thread, written, 'bluesky', '@a.test'), { ...FINISHED, partial: undefined }, 'publishing it again is refused');
  });

  test('a thread without a heading: its partial record is resumed and replaced, not written twice', () => {
    const text = postWith('1/2 First post.\n\n2/2 Second.');
    const once = apply(text, recordEdit(parsePost(text).threadsBlock!.threads[0], text, PARTIAL));
    const thread = parsePost(once).threadsBlock!.threads[0];
    assert.deepEqual(unfinishedPosting(thread, once, 'mastodon'), PARTIAL);
    const done = { ...PARTIAL, partial: undefined };
    assert.equal(apply(once, recordEdit(thread, once, done)), postWith(`${formatPostedRecord(done)}\n1/2 First post.\n\n2/2 Second.`));
  });

  test('above a thread without a heading, only the record lines right above its first post are its own', () => {
    const text = postWith(`${formatPostedRecord(FINISHED)}\nIntro line.\n${formatPostedRecord(PARTIAL)}\r\n1/1 Post.`);
    const placed = recordsOf(parsePost(text).threadsBlock!.threads[0], text);
    assert.deepEqual(placed.map((record) => record.record), [PARTIAL]);
    assert.equal(text.slice(placed[0].start, placed[0].end), formatPostedRecord(PARTIAL));
  });
});

suite('Publishing records: which one counts', () => {
  const text = postWith(`### Thread: "T"\n${formatPostedRecord(PARTIAL)}\n${formatPostedRecord({ ...PARTIAL, platform: 'threads', account: '@b' })}\n\n1/2 Post.\n\n2/2 Two.`);

  test('a partial record is no earlier posting; a finished one is no unfinished posting', () => {
    const thread = parsePost(text).threadsBlock!.threads[0];
    assert.equal(earlierPosting(thread, text, 'mastodon', '@a@social.test'), undefined);
    assert.deepEqual(unfinishedPosting(thread, text, 'mastodon'), PARTIAL);
    assert.equal(unfinishedPosting(thread, text, 'bluesky'), undefined);
    const finished = apply(text, recordEdit(thread, text, { ...PARTIAL, partial: undefined }));
    assert.equal(unfinishedPosting(parsePost(finished).threadsBlock!.threads[0], finished, 'mastodon'), undefined);
  });

  test('only the same platform and account\'s partial record is replaced; any other adds a line under the heading', () => {
    const thread = parsePost(text).threadsBlock!.threads[0];
    const heading = thread.heading!.range.end;
    const others = [{ ...PARTIAL, account: '@c@social.test' }, { ...PARTIAL, platform: 'bluesky' as const }, { ...PARTIAL, platform: 'threads' as const }];
    for (const record of others) {
      assert.deepEqual(recordEdit(thread, text, record), { range: { start: heading, end: heading }, text: `\n${formatPostedRecord(record)}` }, JSON.stringify(record));
    }
    const finished = apply(text, recordEdit(thread, text, { ...PARTIAL, partial: undefined }));
    const finishedThread = parsePost(finished).threadsBlock!.threads[0];
    const at = finishedThread.heading!.range.end;
    assert.deepEqual(recordEdit(finishedThread, finished, PARTIAL), { range: { start: at, end: at }, text: `\n${formatPostedRecord(PARTIAL)}` }, 'a finished record is never overwritten');
    const line = formatPostedRecord({ ...PARTIAL, platform: 'threads', account: '@b' });
    const again = { ...PARTIAL, platform: 'threads' as const, account: '@b', partial: { posted: 2, total: 2, lastId: '12' } };
    assert.deepEqual(recordEdit(thread, text, again), { range: { start: text.indexOf(line), end: text.indexOf(line) + line.length }, text: formatPostedRecord(again) });
  });

  test('a record\'s date is the UTC day', () => {
    assert.equal(recordDate(new Date('2026-12-01T23:59:59.999Z')), '2026-12-01');
  });
});
