import * as assert from 'node:assert/strict';
import { fixAllPost } from '../../src/core/edit/fixAll';
import { analyse, applyReplacements } from './frontMatterHelpers';

const NOW = new Date('2024-08-21T10:00:00Z');
const BODY = '\n# Miners turn to AI\n\nBody text.\n';
const THREAD = (labels: string[], heading = '### Thread: "Costs"\n\n') => `\n## Twitter threads:\n\n${heading}${labels.map((label) => `${label} post.\n`).join('\n')}`;

/** The post as Fix All leaves it, and the fixes it names. */
function fixAll(text: string): { fixed: string; titles: string[] } {
  const { replacements, titles } = fixAllPost(analyse(text), text, { now: NOW });
  return { fixed: applyReplacements(text, replacements), titles };
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

suite('Fix All on a whole post', () => {
  test('a missing title and a thread numbered 1/3, 3/3 are both fixed in one edit, each fix named', () => {
    const before = `---\nlayout: post\n---\n${BODY}${THREAD(['1/3', '3/3'])}`;
    assert.deepEqual(fixAll(before), {
      fixed: `---\nlayout: post\ntitle: "Miners turn to AI"\n---\n${BODY}${THREAD(['1/2', '2/2'])}`,
      titles: ['Add `title: "Miners turn to AI"`', 'Renumber thread "Costs"'],
    });
  });

  test('in a CRLF file an added line and a rewritten value never split a \\r from its \\n', () => {
    const added = fixAll(crlf(`---\nlayout: post\n---\n${BODY}`));
    assert.equal(added.fixed, crlf(`---\nlayout: post\ntitle: "Miners turn to AI"\n---\n${BODY}`));
    const rewritten = fixAll(crlf(`---\ntitle: x\nlayout: post\ndate: 08/21/2024 10:00 +0100\n---\n${BODY}`));
    assert.equal(rewritten.fixed, crlf(`---\ntitle: x\nlayout: post\ndate: 2024-08-21 10:00:00 +0100\n---\n${BODY}`));
    assert.deepEqual(rewritten.titles, ['Rewrite the date as 2024-08-21 10:00:00 +0100']);
    const removed = fixAll(crlf(`---\ntitle: One\nlayout: post\ntitle: Two\n---\n${BODY}`));
    assert.equal(removed.fixed, crlf(`---\nlayout: post\ntitle: Two\n---\n${BODY}`));
  });

  test('an untitled thread is named by its post count; a well-numbered thread is left alone', () => {
    const text = `---\ntitle: x\nlayout: post\n---\n${BODY}${THREAD(['1/3', '2/3'], '')}`;
    assert.deepEqual(fixAll(text), { fixed: text.replace('1/3', '1/2').replace('2/3', '2/2'), titles: ['Renumber thread (2 posts)'] });
    const fine = `---\ntitle: x\nlayout: post\n---\n${BODY}${THREAD(['1/2', '2/2'])}`;
    assert.deepEqual(fixAll(fine), { fixed: fine, titles: [] });
  });

  test('a byte order mark before the front matter is kept: removing it is the writer’s choice', () => {
    const text = `\uFEFF---\ntitle: x\nlayout: post\n---\n${BODY}`;
    assert.ok(analyse(text).frontMatter.problems.some((problem) => problem.code === 'front-matter/bom'));
    assert.deepEqual(fixAll(text), { fixed: text, titles: [] });
  });

  test('in a file with a byte order mark the other fixes are still made, and the mark stays', () => {
    const text = `\uFEFF---\nlayout: post\n---\n${BODY}${THREAD(['1/3', '3/3'])}`;
    assert.deepEqual(fixAll(text), {
      fixed: `\uFEFF---\nlayout: post\ntitle: "Miners turn to AI"\n---\n${BODY}${THREAD(['1/2', '2/2'])}`,
      titles: ['Add `title: "Miners turn to AI"`', 'Renumber thread "Costs"'],
    });
  });
});
