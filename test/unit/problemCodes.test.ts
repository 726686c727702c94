import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_CODES, PROBLEM_DOCS_URL, problemDocsUrl } from '../../src/core/checks/problemCodes';

const README = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

/** The rows of README.md's "What it checks" table: each code and the severity it names first. */
function documentedCodes(): { code: string; severity: string }[] {
  const table = README.slice(README.indexOf('## What it checks'), README.indexOf('\n### '));
  return [...table.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| (\w+)/gm)].map(([, code, severity]) => ({ code, severity }));
}

/** The anchor GitHub gives a heading: lower case, punctuation but `-` and `_` dropped, spaces made `-`. */
function githubAnchor(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

suite('problem codes: the table the reports and the editor link to', () => {
  test('lists exactly the codes of README.md\'s "What it checks", in its order, with its severities', () => {
    const severityWords = { error: 'Error', warning: 'Warning', info: 'Information' };
    assert.deepEqual(
      PROBLEM_CODES.map(({ code, severity }) => ({ code, severity: severityWords[severity] })),
      documentedCodes(),
    );
  });

  test("each code's link is README.md's section for that code", () => {
    const anchors = [...README.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => githubAnchor(heading));
    for (const { code } of PROBLEM_CODES) {
      const url = problemDocsUrl(code);
      assert.ok(url.startsWith(`${PROBLEM_DOCS_URL}#`), url);
      const anchor = url.slice(PROBLEM_DOCS_URL.length + 1);
      assert.ok(anchors.includes(anchor), `${code}: no README heading has the anchor #${anchor}`);
      assert.equal(anchor, githubAnchor(code));
    }
    assert.equal(problemDocsUrl('front-matter/missing-key'), `${PROBLEM_DOCS_URL}#front-mattermissing-key`);
  });
});
