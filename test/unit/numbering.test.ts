import * as assert from 'node:assert/strict';
import { renumberThread } from '../../src/core/edit/numbering';
import { parsePost } from '../../src/core/post/postModel';

function applyAll(text: string, replacements: { range: { start: number; end: number }; text: string }[]): string {
  return [...replacements].sort((a, b) => b.range.start - a.range.start)
    .reduce((result, { range, text: replacement }) => result.slice(0, range.start) + replacement + result.slice(range.end), text);
}

suite('renumbering a thread', () => {
  test('a gap, a duplicate and a wrong total become 1/N … N/N in order', () => {
    const text = '## Threads\n\n### Thread: A\n\n1/5 one\n\n3/5 two\n\n3/5 three\n\n4/4 four\n';
    const thread = parsePost(text).threadsBlock!.threads[0];
    assert.equal(applyAll(text, renumberThread(thread, text)), '## Threads\n\n### Thread: A\n\n1/4 one\n\n2/4 two\n\n3/4 three\n\n4/4 four\n');
  });

  test('a thread already numbered needs no change, and zero padding is kept', () => {
    const numbered = '## Threads\n\n1/2 a\n\n2/2 b\n';
    assert.deepEqual(renumberThread(parsePost(numbered).threadsBlock!.threads[0], numbered), []);
    const padded = '## Threads\n\n01/03 a\n\n02/03 b\n';
    assert.equal(applyAll(padded, renumberThread(parsePost(padded).threadsBlock!.threads[0], padded)), '## Threads\n\n01/02 a\n\n02/02 b\n');
  });
});
