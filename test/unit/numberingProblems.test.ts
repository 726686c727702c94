import * as assert from 'node:assert/strict';
import { findNumberingProblems } from '../../src/core/numberingProblems';
import { parsePost } from '../../src/core/postModel';
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
});
