import * as assert from 'node:assert/strict';
import { countThreads } from '../../src/cli/count';
import { analysePost } from '../../src/core/checks/analysis';
import { convertToThread } from '../../src/core/convert/convertToThread';
import { PlatformCounts } from '../../src/core/count/countCache';
import { countAtLine, cursorCountText } from '../../src/core/count/cursorCount';
import { overBy, platformProfile, type PostLength } from '../../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';
import { buildThreadCards } from '../../src/core/preview/threadCards';

const FAMILY = '👩‍👩‍👧‍👦';
const OPTIONS = { threadsHeadings: DEFAULT_THREADS_HEADINGS };
const links = (count: number) => Array.from({ length: count }, (_, index) => `https://example.com/${index}`).join(' ');

/** One thread per way a post can fail to fit, next to posts that fit, on every platform. */
const DOCUMENT = [
  '# Verdicts',
  '',
  '## Twitter threads',
  '',
  '### Bluesky thread: "Family"',
  '',
  `1/2 ${FAMILY.repeat(150)}`,
  '',
  '2/2 A short post.',
  '',
  '### Thread: "Marks and lengths"',
  '',
  '1/3 Holds a byte order mark \uFEFF in the middle.',
  '',
  `2/3 ${'word '.repeat(60).trim()}`,
  '',
  '3/3 Fits.',
  '',
  '### Threads thread: "Links"',
  '',
  `1/2 ${links(6)}`,
  '',
  `2/2 ${'😀'.repeat(130)}`,
  '',
  '### Mastodon thread: "Fine"',
  '',
  '1/1 A post that fits.',
  '',
].join('\n');

suite('one verdict per post, the same on every surface', () => {
  test('the status bar, the problems (Problems panel and `check`), the preview’s cards and header, `count` and convert agree', () => {
    const counts = new PlatformCounts(['x', 'bluesky', 'mastodon', 'threads']);
    const analysis = analysePost(DOCUMENT, OPTIONS, counts);
    const threads = analysis.model.threadsBlock!.threads;
    const verdicts: PostLength[][] = threads.map((thread) => thread.posts.map((post) => counts.forThread(thread).measure(post.text)));
    assert.deepEqual(verdicts.map((thread) => thread.map((verdict) => overBy(verdict))), [
      ['754 bytes over', undefined],
      ['U+FEFF not allowed', '23 over', undefined],
      ['6 links, 5 allowed', '24 over'],
      [undefined],
    ]);

    const lines = DOCUMENT.split('\n');
    const source = { lineCount: lines.length, lineAt: (index: number) => lines[index] };
    const cards = buildThreadCards(analysis.model, analysis.problems, (thread) => counts.forThread(thread));
    const cli = countThreads({ text: DOCUMENT, analysis, counts });
    threads.forEach((thread, threadIndex) => {
      assert.equal(cards[threadIndex].overLimit, verdicts[threadIndex].filter((verdict) => !verdict.fits).length, 'the preview header');
      thread.posts.forEach((post, postIndex) => {
        const verdict = verdicts[threadIndex][postIndex];
        const over = overBy(verdict);
        const where = `${thread.title} ${post.label.number}`;

        const status = cursorCountText(countAtLine(source, post.line, counts, analysis.model.threadsBlock, () => counts.platformOf(thread)));
        assert.equal(status, `$(comment) ${post.label.number}/${post.label.total} · ${verdict.length}/${verdict.limit}${over === undefined ? '' : ` · ${over}`}`, where);

        const problems = analysis.problems.filter((problem) => ['thread/too-long', 'thread/refused'].includes(problem.code)
          && problem.range.start >= post.range.start && problem.range.end <= post.range.end);
        assert.equal(problems.length > 0, !verdict.fits, where);
        if (verdict.overflowStart !== undefined) assert.ok(problems.some((problem) => problem.message.endsWith(`: ${over}`)), where);

        const card = cards[threadIndex].posts[postIndex];
        assert.deepEqual([card.fits, card.verdict, card.length, card.limit], [verdict.fits, over, verdict.length, verdict.limit], where);

        const counted = cli[threadIndex].posts[postIndex];
        assert.deepEqual([counted.fits, counted.over, counted.length], [verdict.fits, over, verdict.length], where);
      });
    });
  });

  test('convert packs posts by the same verdict: 150 family emoji (154 graphemes, 3,754 bytes) become posts that fit', () => {
    const bluesky = platformProfile('bluesky');
    const { posts, flaggedPosts } = convertToThread(`# Family\n\n${FAMILY.repeat(150)}\n`, { profile: bluesky, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS });
    assert.ok(posts.length > 1, 'one post would hold 3,754 bytes, over Bluesky’s 3,000');
    assert.deepEqual(posts.map((post) => bluesky.measure(post).fits), posts.map(() => true));
    assert.deepEqual(flaggedPosts, []);
  });
});
