import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';

const { parseTweet } = twitterText;
import { parsePost, type PostModel } from '../../src/core/post/postModel';
import { EXAMPLE_POST } from './examplePost';

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function allPosts(model: PostModel) {
  return (model.threadsBlock?.threads ?? []).flatMap((thread) => thread.posts);
}

suite('post model: the example post', () => {
  // Computed in each test's own setup rather than when the file loads, so mutation testing knows which tests read it.
  let model: PostModel;
  setup(() => {
    model = parsePost(EXAMPLE_POST);
  });

  test('finds the YAML front matter with its exact range and raw text', () => {
    const frontMatter = model.frontMatter!;
    assert.equal(frontMatter.kind, 'yaml');
    assert.equal(frontMatter.closed, true);
    assert.equal(frontMatter.range.start, 0);
    assert.equal(EXAMPLE_POST.slice(frontMatter.range.start, frontMatter.range.end).split('\n').length, 6);
    assert.ok(frontMatter.raw.startsWith('layout: post\ntitle: "Financial Pressures'));
    assert.ok(frontMatter.raw.endsWith('image: assets/images/Financial_Pressures.png\n'));
  });

  test('reads the body sections with their levels, and leaves the threads block out of them', () => {
    const headings = model.sections.map((section) => `${section.heading?.level} ${section.heading?.text}`);
    assert.equal(headings[0], '1 The Escalation of Bitcoin Mining');
    assert.equal(headings[1], '2 Surging Energy Costs:');
    assert.ok(headings.includes('3 Key Takeaway:'));
    assert.ok(!headings.some((heading) => /Twitter threads|Thread:/.test(heading)));
    const last = model.sections.at(-1)!;
    assert.equal(EXAMPLE_POST.slice(last.range.start, last.range.end).split('\n').at(-1), '---');
  });

  test('finds three threads with their titles and post counts', () => {
    const threads = model.threadsBlock!.threads;
    assert.deepEqual(
      threads.map((thread) => [thread.title, thread.posts.length]),
      [
        ['Bitcoin Mining Crisis and the DePIN Alternative: A Shift in Crypto Infrastructure', 10],
        ['Financial Pressures Drive Miners to AI: The Shift to Sustainable Alternatives', 8],
        ['The Evolving Crypto Mining Landscape: Centralization, AI Pivots, and the Rise of DePIN', 10],
      ],
    );
    assert.equal(lineOf(EXAMPLE_POST, model.threadsBlock!.heading.range.start), 109);
    assert.equal(threads[0].heading!.line + 1, 111);
  });

  test('post 8/10 of the first thread starts on line 127, carries its bullet list and counts 326 on X', () => {
    const post = model.threadsBlock!.threads[0].posts[7];
    assert.equal(post.line + 1, 127);
    assert.deepEqual([post.label.number, post.label.total], [8, 10]);
    assert.equal(EXAMPLE_POST.slice(post.label.range.start, post.label.range.end), '8/10');
    assert.equal(post.text.split('\n').length, 5);
    assert.ok(post.text.endsWith('- 90,000 node network for enhanced security and decentralization'));
    assert.equal(parseTweet(post.text).weightedLength, 326);
  });

  test('slicing the document at a post range gives back its published text, with no trailing blank line', () => {
    for (const post of allPosts(model)) {
      assert.equal(EXAMPLE_POST.slice(post.range.start, post.range.end), post.text);
      assert.ok(!post.text.endsWith('\n'));
    }
  });

  test('only post 8/10 of the first thread is over 280, and the last post of thread 3 is 276', () => {
    const over = model.threadsBlock!.threads.map((thread) =>
      thread.posts.filter((post) => parseTweet(post.text).weightedLength > 280).map((post) => post.label.number),
    );
    assert.deepEqual(over, [[8], [], []]);
    assert.equal(parseTweet(model.threadsBlock!.threads[2].posts[9].text).weightedLength, 276);
  });
});

suite('post model: edge cases', () => {
  test('a CRLF file gives the same published text as the LF file, and ranges still slice the document', () => {
    const crlf = EXAMPLE_POST.replace(/\n/g, '\r\n');
    const lf = allPosts(parsePost(EXAMPLE_POST));
    const fromCrlf = allPosts(parsePost(crlf));
    assert.deepEqual(fromCrlf.map((post) => post.text), lf.map((post) => post.text));
    for (const post of fromCrlf) assert.equal(crlf.slice(post.range.start, post.range.end).replace(/\r\n/g, '\n'), post.text);
    assert.equal(parsePost(crlf).frontMatter!.raw.replace(/\r\n/g, '\n'), parsePost(EXAMPLE_POST).frontMatter!.raw);
  });

  test('a leading byte order mark is reported and the front matter and threads are still found', () => {
    const model = parsePost(`\uFEFF${EXAMPLE_POST}`);
    assert.equal(model.bom, true);
    assert.equal(model.frontMatter!.afterBom, true);
    assert.equal(model.frontMatter!.kind, 'yaml');
    assert.equal(allPosts(model).length, 28);
  });

  test('a post without front matter has none, and its first heading is a section', () => {
    const model = parsePost('# Title\n\nSome text.\n');
    assert.equal(model.frontMatter, undefined);
    assert.equal(model.sections.length, 1);
    assert.equal(model.sections[0].heading!.text, 'Title');
  });

  test('Hugo TOML front matter between +++ lines is recognised', () => {
    const model = parsePost('+++\ntitle = "Hello"\ndraft = false\n+++\n\nBody\n');
    assert.equal(model.frontMatter!.kind, 'toml');
    assert.equal(model.frontMatter!.raw, 'title = "Hello"\ndraft = false\n');
  });

  test('front matter that is opened but never closed is marked unclosed', () => {
    const model = parsePost('---\ntitle: Hello\n\n# Heading\n');
    assert.equal(model.frontMatter!.closed, false);
  });

  test('a post with no threads block has no threads', () => {
    assert.equal(parsePost('# Title\n\n1/2 not in a threads block\n').threadsBlock, undefined);
  });

  test('a post at the very end of the file without a trailing newline ends at the last character', () => {
    const text = '## Twitter threads:\n\n### Thread: Untitled\n\n1/2 First\n\n2/2 Last words';
    const posts = allPosts(parsePost(text));
    assert.deepEqual(posts.map((post) => post.text), ['1/2 First', '2/2 Last words']);
    assert.equal(posts[1].range.end, text.length);
  });

  test('a post runs over its bullet list and stops at a thematic break or the next heading', () => {
    const text = '## Threads\n\n### Thread: "A"\n\n1/2 Features:\n- one\n- two\n\n---\n\nnot part of a post\n\n### Thread: B\n\n1/1 Solo\n';
    const model = parsePost(text);
    assert.deepEqual(model.threadsBlock!.threads.map((thread) => thread.title), ['A', 'B']);
    assert.deepEqual(allPosts(model).map((post) => post.text), ['1/2 Features:\n- one\n- two', '1/1 Solo']);
  });

  test('a heading that names its platform is remembered on the thread', () => {
    const model = parsePost('## Twitter threads\n\n### Bluesky thread: “Launch”\n\n1/1 Hi\n');
    assert.deepEqual([model.threadsBlock!.threads[0].platform, model.threadsBlock!.threads[0].title], ['bluesky', 'Launch']);
  });

  test('the threads heading is configurable and matched ignoring case and a trailing colon', () => {
    const text = '## my THREADS:\n\n1/1 Hello\n';
    assert.equal(parsePost(text).threadsBlock, undefined);
    assert.equal(allPosts(parsePost(text, { threadsHeadings: ['My threads'] })).length, 1);
  });

  test('a heading inside a fenced code block is not a heading', () => {
    const model = parsePost('# Real\n\n```\n## Twitter threads\n1/1 code\n```\n');
    assert.equal(model.threadsBlock, undefined);
    assert.equal(model.sections.length, 1);
  });
});
