import * as assert from 'node:assert/strict';
import { parseProjectConfig } from '../../src/core/config/projectConfig';
import { projectConfigSchemaProblems } from '../../src/core/config/projectConfigSchema';

const errorsOf = (text: string) => parseProjectConfig(text).problems.filter((problem) => problem.severity === 'error');

suite('.threadwright.json: the shipped JSON Schema and the reader agree', () => {
  // Each file: what the reader makes of it, next to what Ajv makes of it with the schema VS Code validates against.
  const files = [
    '{}',
    '{"$schema": "./schemas/threadwright.schema.json", "platforms": ["x", "bluesky"], "preset": "hugo"}',
    '{"schema": "front-matter.json", "limits": {"mastodon": 1000, "title": 70, "description": 150}}',
    '{"numbering": "parens", "threadsHeadings": ["Thread drafts"]}',
    '// comments and trailing commas\n{"platforms": ["x",],}',
    '{"platfroms": ["x"]}',
    '{"limits": {"bluesky": 300}}',
    '{"platforms": ["x", "twitter"]}',
    '{"platforms": []}',
    '{"platforms": ["x", "x"]}',
    '{"platforms": "x"}',
    '{"preset": "gatsby"}',
    '{"schema": "  "}',
    '{"schema": 3}',
    '{"limits": {"mastodon": 0}}',
    '{"limits": {"title": 1.5}}',
    '{"limits": {"description": 100001}}',
    '{"limits": []}',
    '{"numbering": "roman"}',
    '{"threadsHeadings": [""]}',
    '{"threadsHeadings": [1]}',
    '{"$schema": 1}',
    '["x"]',
  ];
  for (const text of files) {
    test(`${text.replace(/\n/g, ' ')}: ${errorsOf(text).length === 0 ? 'accepted' : 'refused'} by both`, () => {
      assert.equal(projectConfigSchemaProblems(text).length > 0, errorsOf(text).length > 0);
    });
  }

  test('a schema problem sits on the value the schema refused', () => {
    const text = '{\n  // platforms\n  "platforms": ["x", "twitter"],\n}';
    const [problem] = projectConfigSchemaProblems(text);
    assert.equal(text.slice(problem.range.start, problem.range.end), '"twitter"');
    assert.equal(problem.code, 'config/invalid-value');
    assert.match(problem.message, /^`platforms\.1` must be equal to one of the allowed values/);
  });

  test('a file that is not an object is refused as a whole, and every error of a file is reported, each on its value', () => {
    assert.deepEqual(projectConfigSchemaProblems('["x"]'), [
      { code: 'config/invalid-value', severity: 'error', message: 'The file must be object (.threadwright.json schema)', range: { start: 0, end: 5 } },
    ]);
    const text = '{"preset": "gatsby", "numbering": "prefix", "limits": {"title": 0}}';
    const problems = projectConfigSchemaProblems(text);
    assert.deepEqual(problems.map((problem) => [text.slice(problem.range.start, problem.range.end), problem.message]), [
      ['"gatsby"', '`preset` must be equal to one of the allowed values (.threadwright.json schema)'],
      ['0', '`limits.title` must be >= 1 (.threadwright.json schema)'],
    ]);
  });

  test('of a key written twice, the problem sits on the copy that counts, the last', () => {
    const text = '{"preset": "hugo", "preset": "gatsby"}';
    const [problem] = projectConfigSchemaProblems(text);
    assert.equal(problem.range.start, text.indexOf('"gatsby"'));
  });

  test('a file that does not parse has only its syntax error, from the reader', () => {
    assert.deepEqual(projectConfigSchemaProblems('{"preset": }'), []);
  });
});
