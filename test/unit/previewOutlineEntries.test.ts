import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';
import { analysePost } from '../../src/core/checks/analysis';
import { PlatformCounts } from '../../src/core/count/countCache';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';
import { buildThreadCards } from '../../src/core/preview/threadCards';
import { threadOutline, type OutlineEntry } from '../../src/core/preview/threadOutline';

/** An outline entry with its ranges shown as the document text they cover. */
interface Shown { kind: string; name: string; detail: string; text: string; selected: string; children: Shown[] }

/** The outline of a text counted for X, each range replaced by the slice of the text it covers. */
function shownOutline(text: string): Shown | undefined {
  const counts = new PlatformCounts(['x']);
  const { model, problems } = analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, counts);
  const cards = buildThreadCards(model, problems, (thread) => counts.forThread(thread));
  const show = (entry: OutlineEntry): Shown => ({
    kind: entry.kind,
    name: entry.name,
    detail: entry.detail,
    text: text.slice(entry.range.start, entry.range.end),
    selected: text.slice(entry.selectionRange.start, entry.selectionRange.end),
    children: entry.children.map(show),
  });
  const outline = threadOutline(model, cards, () => 'X');
  return outline === undefined ? undefined : show(outline);
}

suite('preview outline entries', () => {
  test('an untitled first thread is named by its place and selects its first label; a titled one selects its heading line', () => {
    const full = `2/2 ${'x'.repeat(276)}`;
    assert.equal(twitterText.parseTweet(full).weightedLength, 280);
    const text = `## Threads\n\n1/2 First\n\n${full}\n\n### Thread: "Named"\n\n1/1 Hi\n`;
    assert.deepEqual(shownOutline(text), {
      kind: 'threadsBlock', name: 'Threads', detail: '2 threads', text, selected: '## Threads',
      children: [
        {
          kind: 'thread', name: 'Thread 1', detail: '2 posts · all fit · X', text: `1/2 First\n\n${full}`, selected: '1/2',
          children: [
            { kind: 'post', name: '1/2', detail: '9/280', text: '1/2 First', selected: '1/2', children: [] },
            { kind: 'post', name: '2/2', detail: '280/280', text: full, selected: '2/2', children: [] },
          ],
        },
        {
          kind: 'thread', name: 'Named', detail: '1 post · all fit · X', text: '### Thread: "Named"\n\n1/1 Hi', selected: '### Thread: "Named"',
          children: [{ kind: 'post', name: '1/1', detail: '6/280', text: '1/1 Hi', selected: '1/1', children: [] }],
        },
      ],
    });
  });

  test('a block of one thread says "1 thread"', () => {
    assert.equal(shownOutline('## Threads\n\n### Thread: "Only"\n\n1/1 Hi\n')?.detail, '1 thread');
  });
});
