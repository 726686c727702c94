import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import twitterText from 'twitter-text';

const { parseTweet } = twitterText;
import { analysePost } from '../../src/core/checks/analysis';
import { PlatformCounts } from '../../src/core/count/countCache';
import { countAtLine, countSelection, cursorCountText, type LineSource, MAX_COUNTED_CHARACTERS } from '../../src/core/count/cursorCount';
import { platformProfile, type PlatformId, type PlatformProfile } from '../../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS, parsePost, type ThreadPost, type ThreadsBlock } from '../../src/core/post/postModel';
import { EXAMPLE_POST } from './examplePost';

/** The example post's lines, recording which ones the keystroke path reads. */
function linesOf(text: string): LineSource & { read: Set<number> } {
  const lines = text.split(/\r?\n/);
  const read = new Set<number>();
  return { lineCount: lines.length, read, lineAt: (index) => (read.add(index), lines[index]) };
}

const EXAMPLE_BLOCK = parsePost(EXAMPLE_POST).threadsBlock;
/** The threads block of a text as the last analysis saw it. */
const blockOf = (text: string): ThreadsBlock | undefined => parsePost(text).threadsBlock;

/** Profiles that record every text they measure, so a test sees what a count cache counted again. */
function recordingProfiles() {
  const measured: string[] = [];
  const recording = (id: PlatformId): PlatformProfile => {
    const profile = platformProfile(id);
    return { ...profile, measure: (text) => (measured.push(text), profile.measure(text)) };
  };
  return { measured, recording };
}

const exampleLine = (needle: string) => EXAMPLE_POST.slice(0, EXAMPLE_POST.indexOf(needle)).split('\n').length - 1;

suite('the keystroke path: counting the post or paragraph at the cursor', () => {
  test('anywhere in post 8/10 the status says 8/10 · 326/280 and by how much it is over', () => {
    const counts = new PlatformCounts(['x']);
    for (const line of [126, 128, 130]) {
      const count = countAtLine(linesOf(EXAMPLE_POST), line, counts, EXAMPLE_BLOCK);
      assert.equal(cursorCountText(count), '$(comment) 8/10 · 326/280 · 46 over');
      assert.deepEqual([count.kind, count.label, count.line], ['post', '8/10', 126]);
    }
  });

  test('a post that fits shows its label and weighted length as twitter-text counts it', () => {
    const line = exampleLine('3/10 Centralization');
    const text = EXAMPLE_POST.split('\n')[line];
    assert.equal(cursorCountText(countAtLine(linesOf(EXAMPLE_POST), line, new PlatformCounts(['x']), EXAMPLE_BLOCK)), `$(comment) 3/10 · ${parseTweet(text).weightedLength}/280`);
  });

  test('it reads only the lines of the post around the cursor, never the whole document', () => {
    const lines = linesOf(EXAMPLE_POST);
    countAtLine(lines, 128, new PlatformCounts(['x']), EXAMPLE_BLOCK);
    assert.ok(Math.min(...lines.read) >= 124 && Math.max(...lines.read) <= 132, `read lines ${[...lines.read].sort((a, b) => a - b)}`);
  });

  test('in the body it counts the paragraph; on a blank line there is nothing to count', () => {
    const counts = new PlatformCounts(['x']);
    const paragraph = EXAMPLE_POST.split('\n')[9];
    assert.equal(cursorCountText(countAtLine(linesOf(EXAMPLE_POST), 9, counts, EXAMPLE_BLOCK)), `$(comment) ¶ · ${parseTweet(paragraph).weightedLength}/280 · ${parseTweet(paragraph).weightedLength - 280} over`);
    assert.equal(cursorCountText(countAtLine(linesOf(EXAMPLE_POST), 8, counts, EXAMPLE_BLOCK)), '$(comment) ¶ · 0/280');
    const bullets = EXAMPLE_POST.split('\n').slice(13, 16).join('\n');
    assert.equal(countAtLine(linesOf(EXAMPLE_POST), 14, counts, EXAMPLE_BLOCK).counts[0].length.length, parseTweet(bullets).weightedLength);
  });

  test('a heading is a paragraph of its own, a rule is nothing to count, and a paragraph is named by its first line', () => {
    const counts = new PlatformCounts(['x']);
    const text = 'Intro line\nsecond line\n## Heading\nbelow it\n***\nafter the rule';
    const at = (line: number) => countAtLine(linesOf(text), line, counts, undefined);
    assert.deepEqual([at(2).characters, at(2).line], ['## Heading'.length, 2]);
    assert.deepEqual([at(1).characters, at(1).line], ['Intro line\nsecond line'.length, 0]);
    assert.deepEqual([at(3).characters, at(3).line], ['below it'.length, 3]);
    assert.equal(cursorCountText(at(4)), '$(comment) ¶ · 0/280');
    assert.deepEqual([at(5).characters, at(5).line], ['after the rule'.length, 5]);
  });

  test('in a paragraph of thousands of lines, the count reads at most 1,000 lines either side of the cursor', () => {
    const lines = linesOf(Array.from({ length: 3001 }, () => 'x').join('\n'));
    const count = countAtLine(lines, 1500, new PlatformCounts(['x']), undefined);
    assert.deepEqual([count.line, count.characters], [500, 2001 * 2 - 1]);
    assert.deepEqual([Math.min(...lines.read), Math.max(...lines.read)], [500, 2500]);
  });

  test('a CRLF document counts the same as the LF one', () => {
    const crlf = EXAMPLE_POST.replace(/\n/g, '\r\n');
    assert.equal(cursorCountText(countAtLine(linesOf(crlf), 130, new PlatformCounts(['x']), blockOf(crlf))), '$(comment) 8/10 · 326/280 · 46 over');
  });

  test('a selection is counted on its own, with CRLF read as LF', () => {
    const count = countSelection('Hello\r\nworld 👋', new PlatformCounts(['x']));
    assert.equal(cursorCountText(count), `$(comment) Selection · ${parseTweet('Hello\nworld 👋').weightedLength}/280`);
    assert.match(cursorCountText(countSelection('a'.repeat(20_001), new PlatformCounts(['x']))), /not counted live/);
  });

  test('every enabled platform is counted, the thread’s own platform first', () => {
    const counts = new PlatformCounts(['x', 'bluesky', 'mastodon']);
    const count = countAtLine(linesOf(EXAMPLE_POST), 126, counts, EXAMPLE_BLOCK, () => 'bluesky');
    assert.deepEqual(count.counts.map((each) => each.platform), ['bluesky', 'x', 'mastodon']);
    const text = EXAMPLE_POST.split('\n').slice(126, 131).join('\n');
    assert.equal(count.counts[0].length.length, [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length);
    assert.equal(count.counts[1].length.length, 326);
  });

  test('after an edit only the changed post is counted again', () => {
    const { measured, recording } = recordingProfiles();
    const posts = Array.from({ length: 2000 }, (_, index) => `${index + 1}/2000 Post number ${index + 1} of a long thread.`);
    const document = `# Draft\n\n## Twitter threads\n\n### Thread: Long\n\n${posts.join('\n\n')}\n`;
    const counts = new PlatformCounts(['x'], {}, recording);
    analysePost(document, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, counts);
    assert.equal(measured.length, 2000);
    measured.length = 0;
    const edited = document.replace('Post number 1500 of', 'Post number 1500, edited, of');
    const editedLines = linesOf(edited);
    const postLine = edited.split('\n').findIndex((line) => line.startsWith('1500/2000 '));
    countAtLine(editedLines, postLine, counts, blockOf(document));
    analysePost(edited, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, counts);
    assert.deepEqual(measured, ['1500/2000 Post number 1500, edited, of a long thread.'], 'the keystroke counted it once; the analysis reused that count');
    assert.ok(editedLines.read.size <= 5);
  });

  test('a post left out of an analysis is forgotten, and counted again when it comes back; the others are not', () => {
    const { measured, recording } = recordingProfiles();
    const counts = new PlatformCounts(['x'], {}, recording);
    const withPost = '## Twitter threads\n\n### Thread: T\n\n1/2 Kept.\n\n2/2 Away for a while.\n';
    const without = '## Twitter threads\n\n### Thread: T\n\n1/2 Kept.\n';
    const analyse = (text: string) => analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, counts);
    analyse(withPost);
    analyse(withPost);
    assert.deepEqual(measured, ['1/2 Kept.', '2/2 Away for a while.'], 'each counted once while in every analysis');
    analyse(without);
    measured.length = 0;
    analyse(withPost);
    assert.deepEqual(measured, ['2/2 Away for a while.']);
  });
});

suite('the keystroke path reads posts with the post model’s grammar', () => {
  const analysed = (text: string) => analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, new PlatformCounts(['x']));

  test('a body line that starts like a label, "1/2 cup of flour", is a paragraph, not a post', () => {
    const text = '# Bread\n\n1/2 cup of flour\n\n## Twitter threads\n\n### Thread: Bread\n\n1/1 Bake it.\n\n## After\n\n3/4 of the dough\n';
    const lines = text.split('\n');
    const counts = new PlatformCounts(['x']);
    const block = blockOf(text);
    const body = countAtLine(linesOf(text), lines.indexOf('1/2 cup of flour'), counts, block);
    assert.deepEqual([body.kind, body.label], ['paragraph', undefined]);
    assert.equal(cursorCountText(body), `$(comment) ¶ · ${parseTweet('1/2 cup of flour').weightedLength}/280`);
    assert.equal(countAtLine(linesOf(text), lines.indexOf('3/4 of the dough'), counts, block).kind, 'paragraph', 'after the block, too');
    assert.equal(countAtLine(linesOf(text), lines.indexOf('1/1 Bake it.'), counts, block).label, '1/1');
    assert.equal(countAtLine(linesOf(text), lines.indexOf('1/1 Bake it.'), counts, undefined).kind, 'paragraph', 'with no analysis yet there is no threads block');
  });

  test('a post holding a fenced code block counts what the diagnostics count, label-like and heading-like lines included', () => {
    const post = '1/2 Here is the config:\n```\n3/4 looks like a label\n# looks like a heading\n```\nand that is all.';
    const text = `## Twitter threads\n\n### Thread: Code\n\n${post}\n\n2/2 Done.\n`;
    const lines = text.split('\n');
    const counts = new PlatformCounts(['x']);
    const analysis = analysed(text);
    const [modelPost] = analysis.model.threadsBlock!.threads[0].posts;
    assert.equal(modelPost.text, post);
    for (let line = lines.indexOf('1/2 Here is the config:'); line <= lines.indexOf('and that is all.'); line++) {
      const count = countAtLine(linesOf(text), line, counts, analysis.model.threadsBlock);
      assert.deepEqual([count.label, count.counts[0].length.length], ['1/2', parseTweet(post).weightedLength], `line ${line}`);
    }
  });

  test('a post typed after the last analysed one is read from the lines, and a new heading ends the block', () => {
    const analysedText = '## Twitter threads\n\n### Thread: T\n\n1/2 First.\n';
    const typed = `${analysedText}\n2/2 Second, just typed.\n\n## Notes\n\n5/6 of a note\n`;
    const lines = typed.split('\n');
    const block = blockOf(analysedText);
    const counts = new PlatformCounts(['x']);
    assert.equal(countAtLine(linesOf(typed), lines.indexOf('2/2 Second, just typed.'), counts, block).label, '2/2');
    assert.equal(countAtLine(linesOf(typed), lines.indexOf('5/6 of a note'), counts, block).kind, 'paragraph');
  });
});

suite('the keystroke path with a selection the editor has not moved yet', () => {
  test('a line past the end of the document (lines were just deleted) counts nothing and reads no line', () => {
    const lines = linesOf(EXAMPLE_POST);
    const count = countAtLine(lines, lines.lineCount + 2, new PlatformCounts(['x']), EXAMPLE_BLOCK);
    assert.equal(cursorCountText(count), '$(comment) ¶ · 0/280');
    assert.equal(count.line, lines.lineCount + 2);
    assert.equal(lines.read.size, 0);
  });
});

suite('the keystroke path agrees with the full post model', () => {
  const word = fc.constantFrom('money', 'miners', 'AI', '日本', '1/2 cup', '# not a heading', 'https://example.com/x', '👩‍👩‍👧‍👦');
  const lineOf = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
  const fence = fc.array(lineOf, { maxLength: 3 }).map((inner) => ['```', ...inner, '```']);
  const post = (number: number, total: number) =>
    fc.array(fc.oneof(lineOf.map((text) => [text]), fence), { maxLength: 3 }).chain((more) =>
      lineOf.map((first) => [`${number}/${total} ${first}`, ...more.flat()]));
  const thread = fc.integer({ min: 1, max: 4 }).chain((total) =>
    fc.tuple(...Array.from({ length: total }, (_, index) => post(index + 1, total)))
      .map((posts) => ['### Thread: "A"', '', ...posts.flatMap((lines) => [...lines, ''])]));
  const lastLineOf = (post: ThreadPost) => post.line + post.text.split('\n').length - 1;
  const documentText = fc.tuple(fc.array(lineOf, { maxLength: 3 }), fc.array(thread, { minLength: 1, maxLength: 2 }), fc.array(lineOf, { maxLength: 2 }))
    .map(([body, threads, after]) => ['# Title', '', ...body, '', '## Twitter threads', '', ...threads.flat(), ...(after.length > 0 ? ['## After', '', ...after] : [])].join('\n'));

  test('on every line of any document, the post found and its count are the post model’s and the profile’s', () => {
    fc.assert(fc.property(documentText, (text) => {
      const block = blockOf(text);
      const posts = block?.threads.flatMap((each) => each.posts) ?? [];
      const lines = text.split('\n');
      const counts = new PlatformCounts(['x']);
      for (let line = 0; line < lines.length; line++) {
        const holder = posts.find((each) => each.line <= line && line <= lastLineOf(each));
        const source = linesOf(text);
        const count = countAtLine(source, line, counts, block);
        const where = `line ${line}`;
        if (holder === undefined) {
          assert.equal(count.kind, 'paragraph', where);
        } else {
          assert.deepEqual([count.kind, count.label, count.line], ['post', `${holder.label.number}/${holder.label.total}`, holder.line], where);
          assert.equal(count.counts[0].length.length, parseTweet(holder.text).weightedLength, where);
          // It reads from the post's first line, which the analysis knew, to a window past the cursor that doubles
          // while the post goes on: never the lines of the posts before, nor many past the post's end.
          assert.equal(Math.min(...source.read), holder.line, where);
          assert.ok(Math.max(...source.read) <= line + 2 * (lastLineOf(holder) - line + 2), `${where}: read ${[...source.read]}`);
        }
      }
    }), { seed: 20261202, numRuns: 150 });
  });

  test('a paragraph of 20,000 characters is counted live; one character more is not', () => {
    const counts = new PlatformCounts(['x']);
    const counted = countAtLine(linesOf('a'.repeat(MAX_COUNTED_CHARACTERS)), 0, counts, undefined);
    assert.deepEqual([counted.characters, counted.counts[0].length.length], [20_000, 20_000]);
    const tooLong = countAtLine(linesOf('a'.repeat(MAX_COUNTED_CHARACTERS + 1)), 0, counts, undefined);
    assert.deepEqual([tooLong.characters, tooLong.counts], [20_001, []]);
  });

  test('with no platform enabled, X counts', () => {
    const count = countAtLine(linesOf('hello'), 0, new PlatformCounts([]), undefined);
    assert.deepEqual(count.counts.map((each) => [each.platform, each.length.length]), [['x', 5]]);
  });
});
