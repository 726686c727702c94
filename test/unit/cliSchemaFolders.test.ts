import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliRun';

// Two folders, each with a `.threadwright.json` naming its own schema; the editor's host test expects the same messages.
suite('threadwright check: each folder\'s .threadwright.json schema', () => {
  let root = '';

  suiteSetup(() => {
    root = mkdtempSync(join(tmpdir(), 'threadwright-schemas-'));
    for (const [folder, key, extra] of [['first', 'author', ''], ['second', 'series', ', "preset": "hugo"']]) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, `schema-${folder}.json`), JSON.stringify({ type: 'object', required: [key] }));
      writeFileSync(join(root, folder, '.threadwright.json'), `{ "schema": "schema-${folder}.json"${extra} }\n`);
      writeFileSync(join(root, folder, `${folder}-post.md`), '---\ntitle: A post\nlayout: post\n---\n\nBody\n');
    }
  });

  suiteTeardown(() => rmSync(root, { recursive: true, force: true }));

  test('a post is checked against the schema of its own folder, with the editor\'s messages', () => {
    const run = runCli(['check', 'first', 'second'], { cwd: root });
    assert.equal(run.stdout, [
      'first/first-post.md:1:1  warning  front-matter/missing-key  `author` is missing: your front matter schema requires it.',
      'second/second-post.md:1:1  warning  front-matter/missing-key  `series` is missing: your front matter schema requires it.',
      '',
    ].join('\n'));
  });
});
