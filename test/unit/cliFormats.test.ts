import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { PROBLEM_CODES } from '../../src/core/checks/problemCodes';
import { EXAMPLE_PATH, ROOT, runCli } from './cliRun';
import { EXAMPLE_POST } from './examplePost';

// post-format.md: post 8/10 of the first thread is 326 on X; its last 46 characters, on line 131, are past 280.
const LAST_BULLET = EXAMPLE_POST.split('\n')[130];
const OVER = { line: 131, column: LAST_BULLET.length - 46 + 1, endLine: 131, endColumn: LAST_BULLET.length + 1 };

/** The example post's problems as the JSON format gives them, which every other format must carry. */
function jsonProblems() {
  const run = runCli(['check', '--format', 'json', EXAMPLE_PATH]);
  return JSON.parse(run.stdout).files[0].problems as { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
}

suite('threadwright check --format sarif', () => {
  const run = runCli(['check', '--format', 'sarif', EXAMPLE_PATH]);
  const log = JSON.parse(run.stdout);

  test('is valid against the SARIF 2.1.0 JSON Schema (Ajv), with nothing on stderr and the exit status of text', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(structuredClone(log)), JSON.stringify(validate.errors, null, 1));
    assert.equal(log.version, '2.1.0');
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
  });

  test('every code is a rule with its README section as helpUri, and each README code section exists', () => {
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri: string; defaultConfiguration: { level: string } }[];
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/^### ((?:thread|config|front-matter)\/[a-z-]+)$/gm)].map((match) => match[1]);
    assert.deepEqual(rules.map((rule) => rule.id).sort(), [...documented].sort());
    const tooLong = rules.find((rule) => rule.id === 'thread/too-long')!;
    assert.equal(tooLong.helpUri, 'https://github.com/threadwright/threadwright/blob/main/README.md#threadtoo-long');
    assert.equal(tooLong.defaultConfiguration.level, 'error');
    assert.equal(rules.length, PROBLEM_CODES.length);
  });

  test('each problem is a result at its exact region, with the level, rule and message of the JSON format', () => {
    const results = log.runs[0].results as { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[] }[];
    const expected = jsonProblems();
    assert.equal(results.length, expected.length);
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
    results.forEach((result, index) => {
      const problem = expected[index];
      assert.equal(result.ruleId, problem.code);
      assert.equal(log.runs[0].tool.driver.rules[result.ruleIndex].id, problem.code);
      assert.equal(result.level, levels[problem.severity]);
      assert.equal(result.message.text, problem.message);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.deepEqual(artifactLocation, { uri: EXAMPLE_PATH, uriBaseId: '%SRCROOT%' });
      assert.deepEqual(region, { startLine: problem.line, startColumn: problem.column, endLine: problem.endLine, endColumn: problem.endColumn });
    });
    const over = results.find((result) => result.ruleId === 'thread/too-long')!;
    assert.deepEqual(over.locations[0].physicalLocation.region, { startLine: OVER.line, startColumn: OVER.column, endLine: OVER.endLine, endColumn: OVER.endColumn });
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `file://${ROOT}/`);
  });
});

suite('threadwright check --format github', () => {
  test('one workflow command a problem, with file, exact range and code; info is a notice', () => {
    const run = runCli(['check', '--format', 'github', EXAMPLE_PATH]);
    const lines = run.stdout.trimEnd().split('\n');
    const expected = jsonProblems();
    assert.equal(lines.length, expected.length);
    const commands: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };
    lines.forEach((line, index) => {
      const match = /^::(\w+) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:]+)::(.*)$/.exec(line);
      assert.ok(match, line);
      const problem = expected[index];
      assert.deepEqual(match.slice(1), [commands[problem.severity], EXAMPLE_PATH, ...[problem.line, problem.column, problem.endLine, problem.endColumn].map(String), `threadwright ${problem.code}`, problem.message.replace(/%/g, '%25')]);
    });
    assert.ok(lines.includes(`::error file=${EXAMPLE_PATH},line=131,col=${OVER.column},endLine=131,endColumn=${OVER.endColumn},title=threadwright thread/too-long::Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over`));
    assert.equal(run.status, 1);
  });

  test('a message with a line break, a percent sign or a comma in the path is escaped as the runner decodes it', () => {
    const run = runCli(['check', '--format', 'github', '-'], { input: '---\ntitle: 100% true, "really"\nlayout: post\ndate: 2024-13-45\n---\n' });
    const line = run.stdout.split('\n').find((candidate) => candidate.startsWith('::error'))!;
    assert.match(line, /^::error file=<stdin>,line=4,col=7,/);
    assert.ok(!line.slice(2).includes('\r'));
    assert.equal(run.stdout.trimEnd().split('\n').length, run.stdout.trimEnd().split('\n').filter((candidate) => candidate.startsWith('::')).length);
  });
});

suite('threadwright check --format junit', () => {
  test('a test suite a file, a failed test case a problem, a passing case for a clean file; parses as XML', () => {
    const run = runCli(['check', '--format', 'junit', EXAMPLE_PATH, 'test/fixtures/cli/posts/fits.md']);
    assert.equal(run.status, 1);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(run.stdout);
    const expected = jsonProblems();
    const [example, clean] = parsed.testsuites.testsuite;
    assert.equal(parsed.testsuites.tests, String(expected.length + 1));
    assert.equal(parsed.testsuites.failures, String(expected.length));
    assert.equal(example.name, EXAMPLE_PATH);
    assert.equal(example.testcase.length, expected.length);
    example.testcase.forEach((testCase: { name: string; failure: { type: string; message: string } }, index: number) => {
      const problem = expected[index];
      assert.equal(testCase.name, `${problem.line}:${problem.column} ${problem.code}`);
      assert.equal(testCase.failure.type, problem.severity);
      assert.equal(testCase.failure.message, problem.message);
    });
    assert.equal(clean.name, 'test/fixtures/cli/posts/fits.md');
    assert.deepEqual(clean.testcase.map((testCase: { name: string; failure?: unknown }) => [testCase.name, testCase.failure]), [['test/fixtures/cli/posts/fits.md', undefined]]);
  });

  test('markup in a message is escaped, so the report stays well-formed', () => {
    const run = runCli(['check', '--format', 'junit', '-'], { input: '---\ntitle: x\nlayout: post\nimage: "/a<&>\'.png"\n---\n' });
    assert.ok(!run.stdout.includes('<&>'));
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(run.stdout);
    assert.equal(parsed.testsuites.testsuite.testcase.failure.message, "`image` names /a<&>'.png, which is not in the workspace (looked from the site root and from the post's folder).");
  });
});
