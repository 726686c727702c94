import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { SCHEMA_FOLDER_PROBLEMS } from '../fixtures/schema-folders.expected';
import { ROOT, runCli } from './cliRun';

const FOLDERS = join(ROOT, 'test', 'fixtures', 'schema-folders');

// Two folders, each with a `.threadwright.json` naming its own schema; the editor's multi-root host test expects the same problems.
suite('threadwright check: each folder\'s .threadwright.json schema', () => {
  test('a post is checked against the schema of its own folder, with the editor\'s problems', () => {
    const run = runCli(['check', '--format', 'json', 'author-required', 'series-required'], { cwd: FOLDERS });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1, 'the series folder\'s schema makes an error');
    const files = (JSON.parse(run.stdout) as { files: { path: string; problems: unknown[] }[] }).files;
    assert.deepEqual(files, Object.entries(SCHEMA_FOLDER_PROBLEMS).map(([folder, problems]) => ({ path: `${folder}/post.md`, problems })));
  });

  test('run from one folder, its post gets that folder\'s rules only', () => {
    const run = runCli(['check', '--format', 'json', 'post.md'], { cwd: join(FOLDERS, 'author-required') });
    assert.deepEqual((JSON.parse(run.stdout) as { files: { problems: unknown[] }[] }).files[0].problems, SCHEMA_FOLDER_PROBLEMS['author-required']);
  });
});
