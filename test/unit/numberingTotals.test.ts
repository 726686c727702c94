import * as assert from 'node:assert/strict';
import { findNumberingProblems } from '../../src/core/checks/numberingProblems';
import { parsePost } from '../../src/core/post/postModel';

/** One thread whose posts carry these labels; each problem as `[message, the label it sits on]`. */
function problemsOf(labels: string[]): [string, string][] {
  const text = `## Twitter threads\n\n### Thread: T\n\n${labels.map((label, index) => `${label} post ${index + 1}\n`).join('\n')}`;
  return findNumberingProblems(parsePost(text)).map((problem) => [problem.message, text.slice(problem.range.start, problem.range.end)]);
}

suite('thread/numbering: the usual total', () => {
  test('the usual total is the one most labels give, not the first label’s', () => {
    assert.deepEqual(problemsOf(['1/4', '2/3', '3/3']), [['Post 1/4 of "T" gives the thread 4 posts; the other labels say 3', '1/4']]);
  });

  test('when two totals are as common, the smaller is the usual one', () => {
    assert.deepEqual(problemsOf(['1/3', '2/2']), [['Post 1/3 of "T" gives the thread 3 posts; the other labels say 2', '1/3']]);
    assert.deepEqual(problemsOf(['1/2', '2/3']), [['Post 2/3 of "T" gives the thread 3 posts; the other labels say 2', '2/3']]);
  });

  test('a one-post thread labelled 1/2 says "1 post", and an odd total of 1 says "1 post" too', () => {
    assert.deepEqual(problemsOf(['1/2']), [['The thread has 1 post, but its labels say 2', '1/2']]);
    assert.deepEqual(problemsOf(['1/2', '2/1', '3/2']), [
      ['Post 2/1 of "T" gives the thread 1 post; the other labels say 2', '2/1'],
      ['The thread has 3 posts, but its labels say 2', '1/2'],
    ]);
  });
});

suite('thread/numbering: edges a writer meets', () => {
  test('exactly three missing numbers are all named, with no "and N more"', () => {
    assert.deepEqual(problemsOf(['1/5', '5/5']), [
      ['Post 5/5 of "T" follows 1/5: 2/5, 3/5, 4/5 are missing', '5/5'],
      ['The thread has 2 posts, but its labels say 5', '1/5'],
    ]);
  });

  test('a number used three times names the first post that carried it, each time', () => {
    const [second, third] = problemsOf(['1/3', '1/3', '1/3']);
    assert.deepEqual([second[0], third[0]], ['Post 1/3 of "T" repeats the number of the post on line 5', 'Post 1/3 of "T" repeats the number of the post on line 5']);
  });

  test('a thread heading with no posts under it has nothing to number', () => {
    assert.deepEqual(findNumberingProblems(parsePost('## Twitter threads\n\n### Thread: Empty\n\nNo labels yet.\n')), []);
  });
});
