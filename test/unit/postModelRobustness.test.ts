import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { updatePostModelInPlace, type SliceOfText, type TextChange } from '../../src/core/post/incremental';
import { DEFAULT_THREADS_HEADINGS, parsePost, type PostModel } from '../../src/core/post/postModel';
import { EXAMPLE_POST } from './examplePost';

const OPTIONS = { threadsHeadings: DEFAULT_THREADS_HEADINGS };
// Fixed seed: the same cases every run, so a failure is reproducible and the suite stays fast.
const RUNS = { seed: 20261124, numRuns: 300 };

function rangesOf(model: PostModel) {
  const ranges = [model.frontMatter?.range, model.frontMatter?.contentRange, model.threadsBlock?.range, model.threadsBlock?.heading.range];
  for (const section of model.sections) ranges.push(section.range, section.heading?.range);
  for (const thread of model.threadsBlock?.threads ?? []) {
    ranges.push(thread.range, thread.heading?.range);
    for (const post of thread.posts) ranges.push(post.range, post.label.range);
  }
  return ranges.filter((range) => range !== undefined);
}

function assertModelHolds(text: string, model: PostModel) {
  for (const range of rangesOf(model)) {
    assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, `range ${JSON.stringify(range)} of ${text.length}`);
  }
  for (const thread of model.threadsBlock?.threads ?? []) {
    for (const post of thread.posts) assert.equal(text.slice(post.range.start, post.range.end).replace(/\r\n/g, '\n'), post.text);
  }
}

// Text that is mostly Markdown and thread syntax, so the generated documents have real structure.
const fragment = fc.constantFrom('\n', '\r\n', '# ', '## Twitter threads:', '### Thread: "T"', '---', '+++', '```', '1/2 ', '10/10 ',
  '- item', 'word ', '$34,900', '👩‍👩‍👧', '\uFEFF', '\t', ':', '"', ' ');
const markdownish = fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

function arbitraryEdit(text: string) {
  return fc.record({
    start: fc.nat({ max: text.length }),
    length: fc.nat({ max: 12 }),
    text: fc.oneof(fc.constantFrom('', 'a', 'x y', '\n', '\r\n', '#', '1/2 ', '---', '```', ' ', '\n\n', '😀'), fc.string({ maxLength: 6 })),
  }).map(({ start, length, text: inserted }): TextChange => ({ start, end: Math.min(text.length, start + length), text: inserted }));
}

/** Reads the edited text as the editor does for the incremental model. */
function sliceOf(text: string): SliceOfText {
  return (start, end) => text.slice(start, end);
}

function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

suite('post model robustness (property tests)', () => {
  test('for arbitrary text the model never throws, every range lies inside the document, and posts slice back to their text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 400 }), markdownish), (text) => {
      assertModelHolds(text, parsePost(text));
    }), RUNS);
  });

  test('after arbitrary edits to the example post (LF and CRLF), the incrementally updated model equals a fresh parse', () => {
    for (const base of [EXAMPLE_POST, EXAMPLE_POST.replace(/\n/g, '\r\n')]) {
      const previous = parsePost(base);
      fc.assert(fc.property(arbitraryEdit(base), (change) => {
        const edited = applyChange(base, change);
        // Undefined when the edit needs a fresh parse (as the editor then does); otherwise exactly that parse.
        const updated = updatePostModelInPlace(previous, sliceOf(edited), change);
        if (updated === undefined) return;
        assert.deepEqual(updated, parsePost(edited));
        assertModelHolds(edited, updated);
      }), RUNS);
    }
  });

  test('a sequence of typing edits inside posts keeps the incremental model equal to a fresh parse', () => {
    const posts = parsePost(EXAMPLE_POST).threadsBlock!.threads.flatMap((thread) => thread.posts);
    fc.assert(fc.property(fc.array(fc.record({ post: fc.nat({ max: posts.length - 1 }), at: fc.nat(), text: fc.string({ maxLength: 3 }) }), { minLength: 1, maxLength: 30 }), (edits) => {
      let text = EXAMPLE_POST;
      let model = parsePost(text);
      for (const edit of edits) {
        const post = model.threadsBlock!.threads.flatMap((thread) => thread.posts)[edit.post];
        if (post === undefined) break;
        const start = post.label.range.end + 1 + (edit.at % Math.max(1, post.range.end - post.label.range.end - 1));
        const change = { start, end: start, text: edit.text };
        text = applyChange(text, change);
        model = updatePostModelInPlace(model, sliceOf(text), change) ?? parsePost(text, OPTIONS);
        assert.deepEqual(model, parsePost(text));
      }
    }), { ...RUNS, numRuns: 100 });
  });

  test('typing, deleting and pasting inside the posts of the CRLF example post keeps the incremental model equal to a fresh parse', () => {
    const base = EXAMPLE_POST.replace(/\n/g, '\r\n');
    const previous = parsePost(base);
    const posts = previous.threadsBlock!.threads.flatMap((thread) => thread.posts);
    let inPlace = 0;
    const inserted = fc.constantFrom('', 'a', ' b', '\r\n', '\n', '\r', '1/2 ', '```', '# ', '- ', '😀');
    fc.assert(fc.property(fc.nat({ max: posts.length - 1 }), fc.nat(), fc.nat({ max: 8 }), inserted, (index, at, length, text) => {
      const { range } = posts[index];
      const start = range.start + (at % (range.end - range.start + 1));
      const change = { start, end: Math.min(range.end, start + length), text };
      const edited = applyChange(base, change);
      const updated = updatePostModelInPlace(previous, sliceOf(edited), change);
      if (updated === undefined) return;
      inPlace++;
      assert.deepEqual(updated, parsePost(edited));
    }), { ...RUNS, numRuns: 600 });
    assert.ok(inPlace > 150, `only ${inPlace} of 600 edits were applied in place`);
  });

  test('a letter typed or deleted on any line of a CRLF post after its label is applied in place', () => {
    const base = EXAMPLE_POST.replace(/\n/g, '\r\n');
    const previous = parsePost(base);
    for (const post of previous.threadsBlock!.threads.flatMap((thread) => thread.posts)) {
      for (let lineStart = post.label.range.end; lineStart !== -1 && lineStart < post.range.end; lineStart = base.indexOf('\r\n', lineStart + 1)) {
        const start = lineStart === post.label.range.end ? lineStart + 1 : lineStart + 3;
        if (start >= post.range.end || base.slice(start, start + 1) === '\r') continue;
        for (const change of [{ start, end: start, text: 'X' }, { start, end: start + 1, text: '' }]) {
          const edited = applyChange(base, change);
          const updated = updatePostModelInPlace(previous, sliceOf(edited), change);
          assert.ok(updated !== undefined, `${JSON.stringify(change)} in post ${post.label.number}/${post.label.total}`);
          assert.deepEqual(updated, parsePost(edited));
        }
      }
    }
  });

  test('typing a letter inside a post reuses every other post object (so their counts stay cached)', () => {
    const previous = parsePost(EXAMPLE_POST);
    const start = EXAMPLE_POST.indexOf('Koii Network exemplifies');
    const edited = applyChange(EXAMPLE_POST, { start, end: start, text: 'X' });
    const updated = updatePostModelInPlace(previous, sliceOf(edited), { start, end: start, text: 'X' });
    assert.ok(updated !== undefined, 'a letter typed inside a post is applied in place');
    const before = previous.threadsBlock!.threads[0].posts;
    const after = updated.threadsBlock!.threads[0].posts;
    assert.equal(after[6], before[6]);
    assert.notEqual(after[7], before[7]);
    assert.ok(after[7].text.includes('XKoii Network'));
  });
});
