import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_PATH, ROOT } from './cliRun';
import { EXAMPLE_POST } from './examplePost';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

suite('the npm package', () => {
  let scratch: string;
  let tarball: string;
  let packedFiles: string[];

  suiteSetup(function () {
    this.timeout(120_000);
    scratch = mkdtempSync(join(tmpdir(), 'threadwright-pack-'));
    // --ignore-scripts packs the dist/cli.js this test run built, instead of rebuilding it for production.
    const [packed] = JSON.parse(execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    tarball = join(scratch, packed.filename);
    packedFiles = packed.files.map((file: { path: string }) => file.path).sort();
  });

  suiteTeardown(() => rmSync(scratch, { recursive: true, force: true }));

  test('ships the bundled CLI with its manifest, readme and licence, and nothing else', () => {
    assert.deepEqual(packedFiles, ['LICENSE', 'README.md', 'dist/cli.js', 'package.json']);
  });

  test("installed from the tarball, `npx threadwright check 'posts/**/*.md'` checks a site's posts", function () {
    this.timeout(120_000);
    const site = join(scratch, 'site');
    mkdirSync(join(site, 'posts', '2024'), { recursive: true });
    writeFileSync(join(site, 'package.json'), '{ "name": "site", "private": true }\n');
    cpSync(join(ROOT, EXAMPLE_PATH), join(site, 'posts', '2024', 'financial-pressures.md'));
    writeFileSync(join(site, 'posts', 'hello.md'), '# Hello\n');
    execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: site, stdio: 'ignore' });
    const run = spawnSync(NPX, ['--offline', 'threadwright', 'check', 'posts/**/*.md'], { cwd: site, encoding: 'utf8' });
    const column = EXAMPLE_POST.split('\n')[130].length - 46 + 1;
    assert.ok(run.stdout.split('\n').includes(`posts/2024/financial-pressures.md:131:${column}  error  thread/too-long  Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over`), run.stdout);
    assert.match(run.stderr, /^1 error, 2 warnings, 6 info in 2 files\.$/m);
    assert.equal(run.status, 1);
  });
});
