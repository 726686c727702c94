import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';
import { convertToThread, type ConvertedThread, type ConvertOptions } from '../../src/core/convert/convertToThread';
import { xProfile, type PlatformProfile } from '../../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS, parsePost } from '../../src/core/post/postModel';
import { applyReplacements } from '../../src/core/edit/splitJoin';
import { EXAMPLE_POST } from './examplePost';

const { parseTweet, extractUrls } = twitterText;
const X: ConvertOptions = { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS };
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const words = new Intl.Segmenter('en', { granularity: 'word' });

/** A post's text without its `n/N ` label. */
const body = (post: string) => post.replace(/^\d+\/\d+ /, '');
/** Whitespace-separated words, the way a reader sees them. */
const wordsOf = (text: string) => text.split(/\s+/).filter((word) => word !== '');

function assertNumberedAndFitting(posts: readonly string[]): void {
  posts.forEach((post, index) => {
    assert.ok(post.startsWith(`${index + 1}/${posts.length} `), `post ${index + 1} starts with its label: ${post.slice(0, 20)}`);
    assert.ok(parseTweet(post).weightedLength <= 280, `post ${index + 1} fits X: ${parseTweet(post).weightedLength}`);
  });
}

/** The offsets in `whole` where each post after the first starts, when the bodies are its consecutive pieces. */
function cutOffsets(whole: string, bodies: readonly string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const piece of bodies) {
    const start = whole.indexOf(piece, at);
    assert.equal(start, at === 0 ? 0 : start, 'pieces are in order');
    assert.equal(whole.slice(at, start).trim(), '', 'nothing is left out between two posts');
    if (at > 0) offsets.push(start);
    at = start + piece.length;
  }
  assert.equal(at, whole.length, 'the last post ends the text');
  return offsets;
}

/** A body with the widest label of its thread, `N/N `: the room packing reserves. */
const widest = (posts: readonly string[], text: string) => `${posts.length}/${posts.length} ${text}`;

const boundariesOf = (segmenter: Intl.Segmenter, text: string) => new Set([...segmenter.segment(text)].map((segment) => segment.index));

suite('convert: the example post', () => {
  // Computed in each test's own setup rather than when the file loads, so mutation testing knows which tests read it.
  let result: ConvertedThread;
  setup(() => {
    result = convertToThread(EXAMPLE_POST, X);
  });

  test('every post fits X by parseTweet and the labels run 1/N … N/N', () => {
    assert.ok(result.posts.length > 10);
    assertNumberedAndFitting(result.posts);
    assert.deepEqual(result.flaggedPosts, []);
  });

  test('post 1 is the front matter title as the hook with the first heading; the first sentence, too long to join them, starts post 2 whole', () => {
    const title = 'Financial Pressures Drive Bitcoin Miners to AI: Exploring the Shift to Sustainable Alternatives';
    const total = result.posts.length;
    assert.equal(result.title, title);
    assert.equal(result.posts[0], `1/${total} ${title}\nThe Escalation of Bitcoin Mining`);
    const firstSentence = 'As the costs of traditional mining rise and profitability declines, many bitcoin miners are exploring new revenue streams, particularly in the fields of artificial intelligence (AI) and high-performance computing (HPC).';
    assert.equal(parseTweet(`${result.posts[0]}\n${firstSentence}`).weightedLength > 280, true);
    assert.ok(result.posts[1].startsWith(`2/${total} ${firstSentence}`));
  });

  test('each section heading leads a post, and nothing from the front matter or the threads block is converted', () => {
    for (const heading of ['Surging Energy Costs:', 'Pivoting to AI: A Strategic Shift Amidst Centralization', 'Key Takeaway:']) {
      assert.equal(result.posts.filter((post) => body(post).startsWith(`${heading}\n`)).length, 1, heading);
    }
    // A heading with nothing under it leads the next section's first post with it.
    assert.ok(result.posts.some((post) => body(post).startsWith('Koii’s Model: DePIN’s Sustainable Alternative\nKey Differentiators of Koii’s Model:\nWork-for-Services Model:\n- ')));
    const all = result.posts.join('\n');
    for (const absent of ['layout', 'Twitter threads', 'The crypto mining landscape', '**', '](']) assert.ok(!all.includes(absent), absent);
  });

  test('the thread is appended after the last thread, separated by ---, in the example’s layout, and reads back as the same posts', () => {
    const lastPostEnd = EXAMPLE_POST.trimEnd().length;
    assert.deepEqual(result.insertion.range, { start: lastPostEnd, end: lastPostEnd });
    assert.equal(result.insertion.text, `\n\n---\n\n### Thread: "${result.title}"\n\n${result.posts.join('\n\n')}`);
    assert.equal(result.markdown, `### Thread: "${result.title}"\n\n${result.posts.join('\n\n')}\n`);
    const after = applyReplacements(EXAMPLE_POST, [result.insertion]);
    assert.ok(after.endsWith('\n'));
    const threads = parsePost(after).threadsBlock!.threads;
    assert.equal(threads.length, 4);
    assert.equal(threads[3].title, result.title);
    assert.deepEqual(threads[3].posts.map((post) => post.text), result.posts);
  });

  test('a selection converts only the sections it touches', () => {
    const start = EXAMPLE_POST.indexOf('The global increase');
    const end = EXAMPLE_POST.indexOf('The majority of Bitcoin');
    const { posts } = convertToThread(EXAMPLE_POST, { ...X, selection: { start, end } });
    assertNumberedAndFitting(posts);
    // The two touched sections hold only plain list items: their lines, headings without `## `, are the thread's lines.
    const touched = EXAMPLE_POST.slice(EXAMPLE_POST.indexOf('## Surging'), EXAMPLE_POST.indexOf('## Reduced Profit')).split('\n')
      .filter((line) => line !== '').map((line) => line.replace(/^## /, ''));
    assert.deepEqual(posts.flatMap((post) => body(post).split('\n')), [result.title, ...touched]);
    assert.ok(body(posts[0]).startsWith(`${result.title}\nSurging Energy Costs:\n- The global increase`));
    assert.equal(posts.filter((post) => body(post).startsWith('Centralization of Mining Pools:\n- The majority')).length, 1);
  });

  test('in a CRLF file the inserted thread uses CRLF too, and gives the same posts', () => {
    const crlf = EXAMPLE_POST.replace(/\n/g, '\r\n');
    const fromCrlf = convertToThread(crlf, X);
    assert.deepEqual(fromCrlf.posts, result.posts);
    assert.ok(!fromCrlf.insertion.text.replace(/\r\n/g, '').includes('\n'));
    assert.equal(fromCrlf.insertion.text.replace(/\r\n/g, '\n'), result.insertion.text);
  });
});

suite('convert: tricky sections', () => {
  test('a 2,000-character paragraph is cut between sentences, each post as full as the next sentence allows', () => {
    const sentences = Array.from({ length: 30 }, (_, index) => `Sentence ${index + 1} says that mining costs keep rising for everyone involved.`);
    const paragraph = sentences.join(' ');
    assert.ok(paragraph.length >= 2000, `${paragraph.length}`);
    const { posts } = convertToThread(`# Costs\n\n${paragraph}\n`, X);
    assertNumberedAndFitting(posts);
    const bodies = posts.map(body);
    assert.ok(bodies[0].startsWith('Costs\nSentence 1 says'));
    cutOffsets(paragraph, [bodies[0].replace('Costs\n', ''), ...bodies.slice(1)]);
    bodies.forEach((text, index) => {
      assert.ok(text.endsWith('involved.'), `post ${index + 1} ends at a sentence end`);
      const next = bodies[index + 1];
      if (next !== undefined) assert.ok(parseTweet(`${widest(posts, text)} ${next.slice(0, next.indexOf('.') + 1)}`).weightedLength > 280, 'the next sentence would not have fitted');
    });
  });

  test('a 2,000-character sentence with no full stop is cut between words, never inside one', () => {
    const sentence = Array.from({ length: 300 }, (_, index) => ['mining', 'rewards', 'halve', 'again', '#bitcoin', '$72,225', '@miner'][index % 7]).join(' ');
    assert.ok(sentence.length >= 2000);
    const { posts } = convertToThread(`${sentence}\n`, { ...X, selection: undefined });
    assertNumberedAndFitting(posts);
    assert.deepEqual(posts.flatMap((post) => wordsOf(body(post))), wordsOf(sentence));
  });

  test('a list of 30 items keeps every item whole and in order, as many to a post as fit', () => {
    const items = Array.from({ length: 30 }, (_, index) => `- Item ${index + 1}: a participant contributes storage and compute to the network`);
    const { posts } = convertToThread(`# Features\n\n${items.join('\n')}\n`, X);
    assertNumberedAndFitting(posts);
    const lines = posts.flatMap((post) => body(post).split('\n'));
    assert.deepEqual(lines, ['Features', ...items]);
    posts.slice(0, -1).forEach((post, index) => {
      const nextItem = body(posts[index + 1]).split('\n')[0];
      assert.ok(parseTweet(`${widest(posts, body(post))}\n${nextItem}`).weightedLength > 280, `post ${index + 1} took every item that fitted`);
    });
  });

  test('a URL of more than 280 characters stays whole and shares a post, because X counts every link as 23', () => {
    const url = `https://example.com/${'segment/'.repeat(40)}end`;
    assert.ok(url.length > 280);
    const { posts, flaggedPosts } = convertToThread(`# Link\n\nRead the full report at ${url} before Friday.\n`, X);
    assert.deepEqual(posts, [`1/1 Link\nRead the full report at ${url} before Friday.`]);
    assert.deepEqual(extractUrls(posts[0]), [url]);
    assert.ok(parseTweet(posts[0]).weightedLength <= 280);
    assert.deepEqual(flaggedPosts, []);
  });

  test('a URL longer than any post allows gets a post of its own, whole, and is flagged', () => {
    // twitter-text takes links of at most 4,096 characters; a longer one counts character by character.
    const url = `https://example.com/${'a'.repeat(5000)}`;
    const { posts, flaggedPosts } = convertToThread(`# Link\n\nBefore the link ${url} after the link.\n`, X);
    assert.deepEqual(posts, [`1/3 Link\nBefore the link`, `2/3 ${url}`, '3/3 after the link.']);
    assert.ok(parseTweet(posts[1]).weightedLength > 280);
    assert.deepEqual(flaggedPosts, [1]);
  });

  test('on a platform that counts links character by character, a URL longer than the limit gets its own flagged post', () => {
    const characters: PlatformProfile = {
      ...xProfile,
      displayName: 'Characters',
      limit: 100,
      measure(text) {
        return { length: [...text].length, limit: 100, urls: 0, overflowStart: [...text].length > 100 ? 100 : undefined, fits: [...text].length <= 100 };
      },
    };
    const url = `https://example.com/${'b'.repeat(150)}`;
    const { posts, flaggedPosts } = convertToThread(`Short words first ${url} and a short tail.\n`, { ...X, profile: characters });
    assert.deepEqual(posts, ['1/3 Short words first', `2/3 ${url}`, '3/3 and a short tail.']);
    assert.deepEqual(flaggedPosts, [1]);
  });

  test('CJK text without spaces is cut between words, nothing lost, every post within X’s weighted 280', () => {
    const japanese = '日本語のテキストは単語の間に空白を入れずに書かれるので、投稿を分けるときは単語の境界を見つける必要があります'.repeat(6);
    const { posts } = convertToThread(`${japanese}\n`, X);
    assert.ok(posts.length >= 3);
    assertNumberedAndFitting(posts);
    const wordStarts = boundariesOf(words, japanese);
    for (const cut of cutOffsets(japanese, posts.map(body))) assert.ok(wordStarts.has(cut), `cut at ${cut} is a word boundary`);
  });

  test('CJK sentences are cut after their full stops', () => {
    const sentence = '日本語の文章はここで終わります。';
    const text = sentence.repeat(30);
    const { posts } = convertToThread(`${text}\n`, X);
    assertNumberedAndFitting(posts);
    for (const post of posts) assert.ok(body(post).endsWith('。'));
    assert.equal(posts.map(body).join(''), text);
  });

  test('emoji sequences (ZWJ families, skin tones, flags) are never cut inside a grapheme cluster', () => {
    const emoji = '👩‍👩‍👧‍👦👍🏽🏳️‍🌈🇯🇵'.repeat(60);
    const { posts } = convertToThread(`${emoji}\n`, X);
    assert.ok(posts.length >= 2);
    assertNumberedAndFitting(posts);
    const clusterStarts = boundariesOf(graphemes, emoji);
    for (const cut of cutOffsets(emoji, posts.map(body))) assert.ok(clusterStarts.has(cut), `cut at ${cut} is a grapheme boundary`);
  });

  test('when the total reaches two digits the posts are packed again, so 10/10 still fits', () => {
    // Each paragraph fills a post exactly with a one-digit label: "9/9 " + 276 characters = 280.
    const paragraph = (index: number) => `Part ${index} ${'x'.repeat(100)}. ${'y'.repeat(100)}. ${'z'.repeat(60)}.`.padEnd(276, 'w');
    const sections = Array.from({ length: 10 }, (_, index) => paragraph(index)).join('\n\n');
    assert.equal(parseTweet(`9/9 ${paragraph(1)}`).weightedLength, 280);
    const { posts } = convertToThread(`${sections}\n`, X);
    assert.ok(posts.length > 10);
    assertNumberedAndFitting(posts);
  });

  test('the numbering styles: suffix, parentheses and none', () => {
    const text = `# Title\n\n${'Words that fill posts. '.repeat(30)}\n`;
    const suffix = convertToThread(text, { ...X, numbering: 'suffix' }).posts;
    suffix.forEach((post, index) => assert.ok(post.endsWith(` ${index + 1}/${suffix.length}`) && parseTweet(post).weightedLength <= 280));
    const parens = convertToThread(text, { ...X, numbering: 'parens' }).posts;
    parens.forEach((post, index) => assert.ok(post.endsWith(` (${index + 1}/${parens.length})`) && parseTweet(post).weightedLength <= 280));
    const none = convertToThread(text, { ...X, numbering: 'none' }).posts;
    assert.ok(none.every((post) => !/\d+\/\d+/.test(post) && parseTweet(post).weightedLength <= 280));
    assert.ok(none[0].startsWith('Title\nWords'));
  });

  test('a line that would read as a post label, heading or break joins the line before it, so the thread reads back the same', () => {
    const text = '# Support\n\nWe are open.\n\n24/7 support is included.\n\n\\# not a heading\n';
    const { posts, insertion } = convertToThread(text, X);
    assert.deepEqual(posts, ['1/1 Support\nWe are open. 24/7 support is included. # not a heading']);
    const thread = parsePost(applyReplacements(text, [insertion])).threadsBlock!.threads[0];
    assert.deepEqual(thread.posts.map((post) => post.text), posts);
  });
});

suite('convert: where the thread goes', () => {
  test('a post without a threads block gets one at its end, in the example’s layout', () => {
    const text = '---\ntitle: "Hello"\n---\n\n# Intro\n\nFirst words.\n';
    const { insertion, markdown, standalone } = convertToThread(text, X);
    assert.equal(applyReplacements(text, [insertion]),
      '---\ntitle: "Hello"\n---\n\n# Intro\n\nFirst words.\n\n---\n\n## Twitter threads:\n\n### Thread: "Hello"\n\n1/1 Hello\nIntro\nFirst words.\n');
    assert.equal(markdown, '### Thread: "Hello"\n\n1/1 Hello\nIntro\nFirst words.\n');
    assert.equal(standalone, '## Twitter threads:\n\n### Thread: "Hello"\n\n1/1 Hello\nIntro\nFirst words.\n');
  });

  test('a post already ending with --- does not get a second break; a file without a final newline keeps none', () => {
    const text = '# Intro\n\nWords.\n\n---';
    assert.equal(applyReplacements(text, [convertToThread(text, X).insertion]),
      '# Intro\n\nWords.\n\n---\n\n## Twitter threads:\n\n### Thread: "Intro"\n\n1/1 Intro\nWords.');
  });

  test('a threads block whose last thread already ends with --- gets no second break', () => {
    const text = '# Intro\n\nWords.\n\n## Twitter threads:\n\n### Thread: "Old"\n\n1/1 Old post\n\n---\n';
    assert.equal(applyReplacements(text, [convertToThread(text, X).insertion]),
      '# Intro\n\nWords.\n\n## Twitter threads:\n\n### Thread: "Old"\n\n1/1 Old post\n\n---\n\n### Thread: "Intro"\n\n1/1 Intro\nWords.\n');
  });

  test('an empty threads block gets the thread right under its heading; text after the block stays after it', () => {
    const text = '# Intro\n\nWords.\n\n## Threads\n\n# Appendix\n\nMore.\n';
    const after = applyReplacements(text, [convertToThread(text, X).insertion]);
    assert.equal(after, '# Intro\n\nWords.\n\n## Threads\n\n### Thread: "Intro"\n\n1/2 Intro\nWords.\n\n2/2 Appendix\nMore.\n\n# Appendix\n\nMore.\n');
  });

  test('a Hugo post’s TOML title is the hook; without a title the first heading is, and is not said twice', () => {
    assert.equal(convertToThread('+++\ntitle = "From TOML"\n+++\n\n# Heading\n\nText.\n', X).title, 'From TOML');
    const fromHeading = convertToThread('Intro line.\n\n## First *heading*\n\nText.\n', X);
    assert.equal(fromHeading.title, 'First heading');
    assert.deepEqual(fromHeading.posts, ['1/2 First heading\nIntro line.', '2/2 First heading\nText.']);
  });

  test('nothing to convert gives no posts: an empty post, or a selection that touches no section', () => {
    assert.deepEqual(convertToThread('', X).posts, []);
    assert.deepEqual(convertToThread('---\ntitle: Only\n---\n', X).posts, []);
    const text = '# A\n\nText.\n\n\n\n# B\n\nMore.\n';
    const blank = text.indexOf('\n\n\n') + 2;
    assert.deepEqual(convertToThread(text, { ...X, selection: { start: blank, end: blank + 1 } }).posts, []);
  });
});
