import * as assert from 'node:assert/strict';
import { parsePost, type Thread } from '../../src/core/post/postModel';
import { firstWords, threadAt } from '../../src/core/publish/threadChoice';

const TEXT = '---\ntitle: T\n---\n\n## Twitter threads:\n\n### Thread: "Empty"\n\n### Thread: "T"\n\n1/2   First   line\n  continues here  \n\n2/2 x\n';

/** A thread whose first post is `text`. */
function threadOf(text: string): Thread {
  return parsePost(`## Twitter threads:\n\n### Thread: "T"\n\n${text}\n`).threadsBlock!.threads[0];
}

suite('Publishing: the thread at the cursor', () => {
  test('from the first character of its heading to the last of its last post; nothing between threads or outside the block', () => {
    const model = parsePost(TEXT);
    const [empty, thread] = model.threadsBlock!.threads;
    const start = TEXT.indexOf('### Thread: "T"');
    const end = TEXT.indexOf('2/2 x') + '2/2 x'.length;
    assert.deepEqual([thread.range.start, thread.range.end], [start, end]);
    assert.equal(threadAt(model, start), thread);
    assert.equal(threadAt(model, end), thread);
    assert.equal(threadAt(model, end + 1), undefined);
    assert.equal(threadAt(model, start - 1), undefined, 'the blank line between the threads');
    assert.equal(threadAt(model, TEXT.indexOf('"Empty"')), empty);
    assert.equal(threadAt(parsePost('# No threads here\n\nJust text.\n'), 3), undefined);
  });
});

suite('Publishing: the first words a confirmation names', () => {
  test('runs of spaces and line breaks read as one space, with no spaces around', () => {
    assert.equal(firstWords(parsePost(TEXT).threadsBlock!.threads[1]), '1/2 First line continues here');
  });

  test('a thread without posts names nothing', () => {
    assert.equal(firstWords(parsePost(TEXT).threadsBlock!.threads[0]), '');
  });

  test('a first post of exactly the length is whole; one character more is cut at a word, with an ellipsis', () => {
    const sixty = `1/2 ${'word '.repeat(10)}abcdef`;
    assert.equal(sixty.length, 60);
    assert.equal(firstWords(threadOf(sixty)), sixty);
    assert.equal(firstWords(threadOf(`${sixty}g`)), `1/2 ${'word '.repeat(9)}word…`);
  });

  test('the cut is at the last space only when that is past half the length; else mid-word', () => {
    const text = `1/2 ${'x'.repeat(30)} ${'y'.repeat(40)}`;
    assert.equal(firstWords(threadOf(text), 66), `1/2 ${'x'.repeat(30)}…`, 'the space at 34 is past 33');
    assert.equal(firstWords(threadOf(text), 68), `1/2 ${'x'.repeat(30)} ${'y'.repeat(33)}…`, 'the space at 34 is not past 34');
    assert.equal(firstWords(threadOf('1/2 abcdef'), 5), '1/2…');
  });
});
