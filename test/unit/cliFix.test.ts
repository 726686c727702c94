import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliRun';

/** One kind of fix: a post with the problem, the post as Fix All leaves it, and the line `--fix` prints. */
interface FixCase {
  kind: string;
  before: string;
  after: string;
  fixed: string;
}

const BODY = '\n# Miners turn to AI\n\nBody text.\n';
const CASES: FixCase[] = [
  {
    kind: 'renumber',
    before: `---\ntitle: x\nlayout: post\n---\n${BODY}\n## Twitter threads:\n\n### Thread: "Costs"\n\n1/3 One.\n\n3/3 Two.\n`,
    after: `---\ntitle: x\nlayout: post\n---\n${BODY}\n## Twitter threads:\n\n### Thread: "Costs"\n\n1/2 One.\n\n2/2 Two.\n`,
    fixed: 'Renumber thread "Costs"',
  },
  {
    kind: 'date the value fully expresses',
    before: `---\ntitle: x\nlayout: post\ndate: 08/21/2024 10:00 +0100\n---\n${BODY}`,
    after: `---\ntitle: x\nlayout: post\ndate: 2024-08-21 10:00:00 +0100\n---\n${BODY}`,
    fixed: 'Rewrite the date as 2024-08-21 10:00:00 +0100',
  },
  {
    kind: 'duplicate key',
    before: `---\ntitle: One\nlayout: post\ntitle: Two\n---\n${BODY}`,
    after: `---\nlayout: post\ntitle: Two\n---\n${BODY}`,
    fixed: 'Remove the earlier `title` (line 2), keeping this one',
  },
  {
    kind: 'missing key',
    before: `---\nlayout: post\n---\n${BODY}`,
    after: `---\nlayout: post\ntitle: "Miners turn to AI"\n---\n${BODY}`,
    fixed: 'Add `title: "Miners turn to AI"`',
  },
];

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

suite('threadwright check --fix: each fix kind, on LF and CRLF files', () => {
  let scratch: string;
  setup(() => (scratch = mkdtempSync(join(tmpdir(), 'threadwright-fix-'))));
  teardown(() => rmSync(scratch, { recursive: true, force: true }));

  for (const { kind, before, after, fixed } of CASES) {
    for (const [ending, convert] of [['LF', (text: string) => text], ['CRLF', crlf]] as const) {
      test(`${kind} (${ending}): fixed in place, line endings kept, the fix named, nothing left to fix`, () => {
        const file = join(scratch, 'post.md');
        writeFileSync(file, convert(before));
        const run = runCli(['check', '--fix', 'post.md'], { cwd: scratch });
        assert.equal(readFileSync(file, 'utf8'), convert(after));
        assert.match(run.stderr, new RegExp(`^threadwright: post\\.md: fixed: ${fixed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
        assert.deepEqual(readdirSync(scratch), ['post.md'], 'no temporary file is left beside the post');
        const again = runCli(['check', '--fix', '--format', 'json', 'post.md'], { cwd: scratch });
        assert.equal(again.stderr, '', 'a second run finds nothing to fix');
        assert.equal(readFileSync(file, 'utf8'), convert(after));
      });
    }
  }

  test('--fix --dry-run prints a unified diff and changes nothing; the exit status is that of the fixed text', () => {
    const { before, after } = CASES[0];
    writeFileSync(join(scratch, 'post.md'), before);
    const run = runCli(['check', '--fix', '--dry-run', 'post.md'], { cwd: scratch });
    assert.equal(readFileSync(join(scratch, 'post.md'), 'utf8'), before);
    const lines = run.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 2), ['--- a/post.md', '+++ b/post.md']);
    assert.match(lines[2], /^@@ -\d+,\d+ \+\d+,\d+ @@$/);
    assert.deepEqual(lines.filter((line) => /^[-+][^-+]/.test(line)), ['-1/3 One.', '+1/2 One.', '-3/3 Two.', '+2/2 Two.']);
    const patched = before.split('\n').map((line) => ({ '1/3 One.': '1/2 One.', '3/3 Two.': '2/2 Two.' } as Record<string, string>)[line] ?? line).join('\n');
    assert.equal(patched, after);
    assert.equal(run.status, 0);
  });

  test('a byte order mark is kept, the other fixes are made, and problems no fix can mend are still reported', () => {
    const file = join(scratch, 'post.md');
    writeFileSync(file, `\uFEFF---\r\ntitle: One\r\nlayout: post\r\ntitle: Two\r\n---\r\n${crlf(BODY)}`);
    const run = runCli(['check', '--fix', '--format', 'json', 'post.md'], { cwd: scratch });
    assert.equal(readFileSync(file, 'utf8'), `\uFEFF---\r\nlayout: post\r\ntitle: Two\r\n---\r\n${crlf(BODY)}`);
    assert.deepEqual(JSON.parse(run.stdout).files[0].problems.map((problem: { code: string }) => problem.code), ['front-matter/bom']);
    assert.equal(run.status, 1);
  });
});
