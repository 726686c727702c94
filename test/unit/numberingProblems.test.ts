import * as assert from 'node:assert/strict';
import { findNumberingProblems } from '../../src/core/checks/numberingProblems';
import { parsePost } from '../../src/core/post/postModel';
import { EXAMPLE_POST } from './examplePost';

/** A threads block with one thread per entry, each post a label and a word. */
function threads(...labelLists: string[][]): string {
  return `## Twitter threads\n\n${labelLists.map((labels, index) => `### Thread: T${index + 1}\n\n${labels.map((label) => `${label} post\n`).join('\n')}`).join('\n---\n\n')}`;
}

/** Each problem as `[message, the text its range covers, the 1-based line it is on]`. */
function problemsIn(text: string): [string, string, number][] {
  return findNumberingProblems(parsePost(text)).map((problem) => {
    assert.equal(problem.code, 'thread/numbering');
    assert.equal(problem.severity, 'warning');
    return [problem.message, text.slice(problem.range.start, problem.range.end), text.slice(0, problem.range.start).split('\n').length];
  });
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

suite('thread/numbering', () => {
  test('the example post’s three threads are numbered correctly', () => {
    assert.deepEqual(problemsIn(EXAMPLE_POST), []);
  });

  test('a missing number is named on the post after the gap, and the total no longer matches', () => {
    const text = threads(['1/3', '3/3']);
    assert.deepEqual(problemsIn(text), [
      ['Post 3/3 of "T1" follows 1/3: 2/3 is missing', '3/3', lineOf(text, '3/3')],
      ['The thread has 2 posts, but its labels say 3', '1/3', lineOf(text, '1/3')],
    ]);
  });

  test('a thread that does not start at 1 is missing its first post', () => {
    const text = threads(['2/2']);
    assert.deepEqual(problemsIn(text)[0], ['Post 2/2 of "T1" starts the thread: 1/2 is missing', '2/2', lineOf(text, '2/2')]);
  });

  test('a thread starting further on names the first three missing posts and counts the rest', () => {
    assert.equal(problemsIn(threads(['3/3']))[0][0], 'Post 3/3 of "T1" starts the thread: 1/3, 2/3 are missing');
    assert.equal(problemsIn(threads(['6/6']))[0][0], 'Post 6/6 of "T1" starts the thread: 1/6, 2/6, 3/6 and 2 more are missing');
  });

  test('a duplicate number is flagged on the second post that carries it', () => {
    const text = threads(['1/3', '2/3', '2/3']);
    const second = text.lastIndexOf('2/3');
    assert.deepEqual(problemsIn(text), [['Post 2/3 of "T1" repeats the number of the post on line 7', '2/3', text.slice(0, second).split('\n').length]]);
    assert.equal(text.split('\n')[6], '2/3 post');
  });

  test('numbers out of order are flagged where the order breaks, not as missing', () => {
    const text = threads(['1/3', '3/3', '2/3']);
    assert.deepEqual(problemsIn(text), [['Post 2/3 of "T1" comes after 3/3: the numbers are out of order', '2/3', lineOf(text, '2/3')]]);
  });

  test('a total that does not match the number of posts is flagged once, on the first label', () => {
    const text = threads(['1/4', '2/4', '3/4']);
    assert.deepEqual(problemsIn(text), [['The thread has 3 posts, but its labels say 4', '1/4', lineOf(text, '1/4')]]);
  });

  test('a total that differs between posts is flagged on the odd one out', () => {
    const text = threads(['1/3', '2/3', '3/4']);
    assert.deepEqual(problemsIn(text), [['Post 3/4 of "T1" gives the thread 4 posts; the other labels say 3', '3/4', lineOf(text, '3/4')]]);
  });

  test('each thread is numbered on its own', () => {
    assert.deepEqual(problemsIn(threads(['1/2', '2/2'], ['1/3', '2/3', '3/3'])), []);
    const text = threads(['1/2', '2/2'], ['1/2', '1/2']);
    assert.deepEqual(problemsIn(text).map(([message]) => message), ['Post 1/2 of "T2" repeats the number of the post on line 13']);
  });

  test('a first label numbered 0 (also zero-padded) is a numbering problem, not an exception', () => {
    const zero = threads(['0/1']);
    assert.deepEqual(problemsIn(zero), [['Post 0/1 of "T1" starts the thread, but numbering starts at 1', '0/1', lineOf(zero, '0/1')]]);
    const padded = threads(['00/10', '01/10']);
    assert.deepEqual(problemsIn(padded), [
      ['Post 0/10 of "T1" starts the thread, but numbering starts at 1', '00/10', lineOf(padded, '00/10')],
      ['The thread has 2 posts, but its labels say 10', '00/10', lineOf(padded, '00/10')],
    ]);
  });

  test('a total of 0 and a label of 0/0 are reported against the real number of posts', () => {
    assert.deepEqual(problemsIn(threads(['1/0'])).map(([message]) => message), ['The thread has 1 post, but its labels say 0']);
    assert.deepEqual(problemsIn(threads(['0/0'])).map(([message]) => message), [
      'Post 0/0 of "T1" starts the thread, but numbering starts at 1',
      'The thread has 1 post, but its labels say 0',
    ]);
  });

  test('the largest labels are counted, not listed, and a wider number is not a label at all', () => {
    assert.deepEqual(problemsIn(threads(['1/9999', '9999/1'])).map(([message]) => message), [
      'Post 9999/1 of "T1" follows 1/9999: 2/1, 3/1, 4/1 and 9994 more are missing',
      'Post 1/9999 of "T1" gives the thread 9999 posts; the other labels say 1',
      'The thread has 2 posts, but its labels say 1',
    ]);
    assert.deepEqual(problemsIn(threads(['1/1', '99999999999999999999/1'])), []);
  });
});
