import * as assert from 'node:assert/strict';
import { documentOffsetOfPost, parsePost, parseThreadLines, type PostModel } from '../../src/core/post/postModel';

function allPosts(model: PostModel) {
  return (model.threadsBlock?.threads ?? []).flatMap((thread) => thread.posts);
}

const BLOCK_THEN_HEADING = [
  '# Post',
  '',
  'Body text.',
  '',
  '## Twitter threads',
  '',
  '### Thread: A',
  '',
  '1/1 The only post.',
  '',
  '## Comments',
  '',
  'Written after the threads.',
  '',
].join('\n');

suite('post model: where the threads block ends', () => {
  test('a heading at the threads heading’s level after the block closes it and starts a body section again', () => {
    const model = parsePost(BLOCK_THEN_HEADING);
    const block = model.threadsBlock!;
    assert.equal(BLOCK_THEN_HEADING.slice(block.range.start, block.range.end), '## Twitter threads\n\n### Thread: A\n\n1/1 The only post.\n', 'up to the blank line before the heading');
    assert.deepEqual(block.threads.map((thread) => [thread.title, thread.posts.length]), [['A', 1]]);
    assert.deepEqual(model.sections.map((section) => section.heading?.text), ['Post', 'Comments']);
    const comments = model.sections[1];
    assert.equal(BLOCK_THEN_HEADING.slice(comments.range.start, comments.range.end), '## Comments\n\nWritten after the threads.');
  });

  test('a higher-level heading closes the block too, and a deeper one stays inside it as a thread', () => {
    const higher = BLOCK_THEN_HEADING.replace('## Comments', '# Appendix');
    assert.deepEqual(parsePost(higher).sections.map((section) => section.heading?.text), ['Post', 'Appendix']);
    const deeper = BLOCK_THEN_HEADING.replace('## Comments', '### Comments');
    const model = parsePost(deeper);
    assert.deepEqual(model.sections.map((section) => section.heading?.text), ['Post']);
    assert.deepEqual(model.threadsBlock!.threads.map((thread) => thread.title), ['A', 'Comments']);
  });

  test('the status bar’s reading of the lines stops at the same heading, on its line', () => {
    const inside = BLOCK_THEN_HEADING.slice(BLOCK_THEN_HEADING.indexOf('### Thread: A'));
    const { threads, endLine } = parseThreadLines(inside, 2);
    assert.equal(inside.split('\n')[endLine], '## Comments');
    assert.deepEqual(threads.map((thread) => thread.posts.map((post) => post.text)), [['1/1 The only post.']]);
    assert.equal(parseThreadLines(inside, 1).endLine, inside.split('\n').length, 'a level-1 block runs past a level-2 heading');
  });
});

suite('post model: fenced code inside a post', () => {
  test('a `2/2 …` line inside a fenced code block belongs to the post, it does not start a new one', () => {
    const text = '## Twitter threads\n\n### Thread: Code\n\n1/2 Run this:\n```\n2/2 is not a label here\n```\n\n2/2 The real second post.\n';
    const posts = allPosts(parsePost(text));
    assert.deepEqual(posts.map((post) => post.text), ['1/2 Run this:\n```\n2/2 is not a label here\n```', '2/2 The real second post.']);
    assert.deepEqual(posts.map((post) => post.label.number), [1, 2]);
  });
});

suite('post model: CRLF offsets on every line of a post', () => {
  const lf = '## Twitter threads\n\n### Thread: T\n\n1/2 First line\nsecond line\n\nthird after a gap\n\n2/2 Next post\r\n';
  const crlf = lf.replace(/\r?\n/g, '\r\n');

  test('every character of a three-line CRLF post maps back to the same character of the document', () => {
    const post = allPosts(parsePost(crlf))[0];
    assert.equal(post.text, '1/2 First line\nsecond line\n\nthird after a gap');
    assert.deepEqual(post.crlfBreaks, [14, 26, 27]);
    for (let offset = 0; offset < post.text.length; offset++) {
      const expected: string = post.text[offset] === '\n' ? '\r' : post.text[offset];
      assert.equal(crlf[documentOffsetOfPost(post, offset)], expected, `offset ${offset}`);
    }
    assert.equal(documentOffsetOfPost(post, post.text.length), post.range.end);
  });

  test('an offset on the first, second and last line lands on that line’s word in the document', () => {
    const post = allPosts(parsePost(crlf))[0];
    for (const word of ['First', 'second', 'third']) {
      const start = documentOffsetOfPost(post, post.text.indexOf(word));
      assert.equal(crlf.slice(start, start + word.length), word);
    }
  });

  test('an LF post has no CRLF breaks and maps offsets one to one', () => {
    const post = allPosts(parsePost(lf))[0];
    assert.deepEqual(post.crlfBreaks, []);
    assert.equal(documentOffsetOfPost(post, 20), post.range.start + 20);
  });
});
