import * as assert from 'node:assert/strict';
import { analysePost } from '../../src/core/checks/analysis';
import { PlatformCounts } from '../../src/core/count/countCache';
import { DEFAULT_THREADS_HEADINGS, parsePost } from '../../src/core/post/postModel';
import { LineIndex } from '../../src/core/post/text';
import { buildThreadCards } from '../../src/core/preview/threadCards';
import { postCountText, threadFoldingRegions, threadOutline, threadSummary } from '../../src/core/preview/threadOutline';
import { EXAMPLE_POST } from './examplePost';

function outlineOf(text: string, platforms: ('x' | 'bluesky')[] = ['x']) {
  const counts = new PlatformCounts(platforms);
  const { model, problems } = analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, counts);
  const cards = buildThreadCards(model, problems, (thread) => counts.forThread(thread));
  return { outline: threadOutline(model, cards, (index) => (model.threadsBlock!.threads[index].platform === 'bluesky' ? 'Bluesky' : 'X')), cards };
}

suite('thread outline: the threads block, its threads and posts, with the preview’s counts', () => {
  // Computed in each test's own setup rather than when the file loads, so mutation testing knows which tests read it.
  let outline: ReturnType<typeof outlineOf>['outline'];
  let cards: ReturnType<typeof outlineOf>['cards'];
  setup(() => {
    ({ outline, cards } = outlineOf(EXAMPLE_POST));
  });
  const lines = new LineIndex(EXAMPLE_POST);
  const lineOf = (offset: number) => lines.positionAt(offset).line;

  test('one block entry named by its heading, holding three threads of 10, 8 and 10 posts', () => {
    assert.equal(outline?.kind, 'threadsBlock');
    assert.equal(outline?.name, 'Twitter threads:');
    assert.equal(outline?.detail, '3 threads');
    assert.deepEqual(outline?.children.map((thread) => thread.children.length), [10, 8, 10]);
    assert.equal(lineOf(outline!.selectionRange.start), 108);
  });

  test('each thread says its size, how many posts are over and its platform', () => {
    assert.deepEqual(outline?.children.map((thread) => thread.detail), ['10 posts · 1 over · X', '8 posts · all fit · X', '10 posts · all fit · X']);
    assert.equal(outline?.children[0].name, 'Bitcoin Mining Crisis and the DePIN Alternative: A Shift in Crypto Infrastructure');
    assert.equal(lineOf(outline!.children[0].selectionRange.start), 110);
  });

  test('post 8/10 reads 326/280 · 46 over, spans its five lines and selects its label', () => {
    const post = outline!.children[0].children[7];
    assert.equal(post.name, '8/10');
    assert.equal(post.detail, '326/280 · 46 over');
    assert.deepEqual([lineOf(post.range.start), lineOf(post.range.end)], [126, 130]);
    assert.equal(EXAMPLE_POST.slice(post.selectionRange.start, post.selectionRange.end), '8/10');
    assert.equal(outline!.children[2].children[9].detail, '276/280');
  });

  test('summaries come from the cards, so they change with them', () => {
    assert.equal(threadSummary({ ...cards[1], overLimit: 2 }), '8 posts · 2 over');
    assert.equal(threadSummary({ ...cards[1], posts: cards[1].posts.slice(0, 1) }), '1 post · all fit');
    assert.equal(postCountText({ ...cards[0].posts[0], length: 281 }), '281/280 · 1 over');
  });

  test('a post without a threads block has no outline entry', () => {
    assert.equal(outlineOf('# Title\n\nJust a post.\n').outline, undefined);
  });

  test('a thread counted for Bluesky by its heading says so', () => {
    const { outline: bluesky } = outlineOf('## Threads\n\n### Bluesky thread: "Short"\n\n1/1 Hello\n', ['x', 'bluesky']);
    assert.equal(bluesky?.children[0].detail, '1 post · all fit · Bluesky');
    assert.equal(bluesky?.children[0].children[0].detail, '9/300');
  });
});

suite('thread folding: front matter, each thread and each post', () => {
  // Computed in each test's own setup rather than when the file loads, so mutation testing knows which tests read it.
  let regions: ReturnType<typeof threadFoldingRegions>;
  setup(() => {
    regions = threadFoldingRegions(parsePost(EXAMPLE_POST));
  });
  const lines = new LineIndex(EXAMPLE_POST);
  const asLines = (kind: string) => regions.filter((region) => region.kind === kind).map((region) => [lines.positionAt(region.range.start).line, lines.positionAt(region.range.end).line]);

  test('the front matter folds from its opening to its closing delimiter', () => {
    assert.deepEqual(asLines('frontMatter'), [[0, 5]]);
  });

  test('each thread folds from its heading to its last post, and each post over its own lines', () => {
    assert.equal(asLines('thread').length, 3);
    assert.deepEqual(asLines('thread')[0], [110, 134]);
    assert.equal(asLines('post').length, 28);
    assert.deepEqual(asLines('post')[7], [126, 130]);
  });

  test('a post with no front matter and no threads has nothing to fold', () => {
    assert.deepEqual(threadFoldingRegions(parsePost('# Title\n\nBody.\n')), []);
  });
});
