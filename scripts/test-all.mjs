// Runs every check and test suite, then prints one summary line `N passed, N failed` for all of them.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { runNodeSuite, runWebSuite } from '../test/hosts/integration.mjs';
import { startPds } from '../test/hosts/pds.mjs';
import { ROOT } from '../test/hosts/paths.mjs';

const requested = process.argv.slice(2);
const wants = (stage) => requested.length === 0 || requested.includes(stage);
const totals = { passed: 0, failed: 0 };

function step(title, command, args) {
  console.log(`\n== ${title}`);
  try {
    execFileSync(command, args, { stdio: 'inherit', cwd: ROOT });
    totals.passed++;
    return true;
  } catch {
    console.error(`${title} failed`);
    totals.failed++;
    return false;
  }
}

/** Runs every compiled `*.test.js` of a folder in one mocha run and adds its counts to the totals. */
async function builtTests(folder, timeout) {
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout });
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.test.js')).sort()) mocha.addFile(join(folder, file));
  await new Promise((resolve) => {
    const runner = mocha.run(() => {
      totals.passed += runner.stats.passes;
      totals.failed += runner.stats.failures;
      resolve();
    });
  });
}

async function unitTests() {
  console.log('\n== Unit tests (core, plain Node)');
  await builtTests(join(ROOT, 'out', 'test', 'unit'), 20_000);
}

async function generatorTests() {
  console.log('\n== Real generators: jekyll build and hugo over the front matter cases');
  await builtTests(join(ROOT, 'out', 'test', 'generators'), 120_000);
}

async function pdsTests() {
  console.log('\n== Publishing to Bluesky against the reference PDS (loopback)');
  let pds;
  try {
    pds = await startPds();
  } catch (error) {
    console.error(`The PDS could not start: ${error.stack ?? error}`);
    totals.failed++;
    return;
  }
  process.env.THREADWRIGHT_TEST_PDS = pds.url;
  try {
    await builtTests(join(ROOT, 'out', 'test', 'pds'), 60_000);
  } finally {
    await pds.stop();
  }
}

async function endToEndTests() {
  console.log('\n== End-to-end: the packaged .vsix in code-server, driven through Chromium');
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 180_000 });
  const folder = join(ROOT, 'test', 'e2e');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.e2e.mjs')).sort()) mocha.addFile(join(folder, file));
  await mocha.loadFilesAsync();
  await new Promise((resolve) => {
    const runner = mocha.run(() => {
      totals.passed += runner.stats.passes;
      totals.failed += runner.stats.failures;
      resolve();
    });
  });
}

async function hostSuite(title, run) {
  console.log(`\n== Integration suite in ${title}`);
  try {
    const { passed, failed } = await run();
    console.log(`${title}: ${passed} passed, ${failed} failed`);
    totals.passed += passed;
    totals.failed += failed;
  } catch (error) {
    console.error(`${title} could not run: ${error.stack ?? error}`);
    totals.failed++;
  }
}

if (wants('check')) {
  step('Type-check (extension, tests, and the pure core on its own)', 'npm', ['run', '--silent', 'typecheck']);
  step('Lint', 'npm', ['run', '--silent', 'lint']);
}
const built = step('Build', 'npm', ['run', '--silent', 'build']);
if (built) {
  if (wants('unit')) await unitTests();
  if (wants('generators')) await generatorTests();
  if (wants('pds')) await pdsTests();
  if (wants('web')) await hostSuite('VS Code for the Web (web worker extension host)', runWebSuite);
  if (wants('node')) await hostSuite('code-server (Node extension host)', runNodeSuite);
  // Last: it rebuilds dist/ in production mode for the .vsix.
  if (wants('e2e')) await endToEndTests();
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
