import * as assert from 'node:assert/strict';
import { parse as parseToml, TomlError } from 'smol-toml';
import { parseDocument } from 'yaml';
import { analyse, rangeOf, squiggles } from './frontMatterHelpers';

function only(text: string, code: string, options = {}) {
  const problems = analyse(text, options).frontMatter.problems.filter((problem) => problem.code === code);
  assert.equal(problems.length, 1, `one ${code} in ${JSON.stringify(problems)}`);
  return problems[0];
}

suite('front-matter/syntax', () => {
  test('an unterminated YAML string is reported where the yaml parser reports it, and nothing else is checked', () => {
    const text = '---\ntitle: "Unfinished\nlayout: post\n---\n\nBody\n';
    const content = text.slice(text.indexOf('\n'), text.lastIndexOf('\n---'));
    const [yamlError] = parseDocument(content).errors;
    const problem = only(text, 'front-matter/syntax');
    assert.equal(problem.range.start, text.indexOf('\n') + yamlError.pos[0]);
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /^YAML: /);
    assert.deepEqual(analyse(text).frontMatter.problems.map((p) => p.code), ['front-matter/syntax']);
  });

  test('a tab used for indentation is flagged on the tab itself', () => {
    const text = '---\ntitle: Hi\nlayout: post\ntags:\n\t- a\n---\n';
    const problem = only(text, 'front-matter/syntax');
    assert.deepEqual(problem.range, rangeOf(text, '\t'));
    assert.equal(problem.message, 'Tab used for indentation: YAML indents with spaces only.');
  });

  test('a colon and space inside an unquoted value is explained with the fix', () => {
    const text = '---\ntitle: Bitcoin: the shift\nlayout: post\n---\n';
    const problem = only(text, 'front-matter/syntax');
    assert.ok(problem.range.start >= rangeOf(text, 'Bitcoin: the shift').start && problem.range.end <= rangeOf(text, 'Bitcoin: the shift').end);
    assert.match(problem.message, /must be quoted/);
  });

  test('front matter that is a list, not a mapping, is flagged over the list', () => {
    const text = '---\n- title\n- layout\n---\n';
    const problem = only(text, 'front-matter/syntax');
    assert.deepEqual(problem.range, rangeOf(text, '- title\n- layout'));
    assert.equal(problem.message, 'Front matter must be `key: value` lines, but this is a list.');
  });

  test('a TOML error lands on the line and column smol-toml reports', () => {
    const text = '+++\ntitle = "Hello"\ndraft = \n+++\n';
    const content = text.slice(text.indexOf('\n'), text.lastIndexOf('\n+++'));
    let error: TomlError | undefined;
    try {
      parseToml(content);
    } catch (caught) {
      error = caught as TomlError;
    }
    const problem = only(text, 'front-matter/syntax');
    const lines = text.split('\n');
    const expected = lines.slice(0, error!.line - 1).join('\n').length + 1 + error!.column - 1;
    assert.equal(problem.range.start, expected);
    assert.match(problem.message, /^TOML: /);
  });

  test('a line that merely starts with the delimiter is flagged: the rest was not read', () => {
    const text = '---\ntitle: x\n----\nlayout: post\n---\n';
    assert.deepEqual(squiggles(text), [['front-matter/syntax', '----']]);
  });
});

suite('front-matter/unclosed', () => {
  test('a block opened but never closed is reported on its opening line, instead of a YAML error', () => {
    const text = '---\ntitle: Hello\nlayout: post\n\n# Heading\n\nBody: text\n';
    assert.deepEqual(analyse(text).frontMatter.problems.map((problem) => [problem.code, problem.range]), [['front-matter/unclosed', { start: 0, end: 3 }]]);
    assert.match(analyse(text).frontMatter.problems[0].message, /never closed: add a line `---`/);
  });

  test('TOML too', () => {
    assert.deepEqual(squiggles('+++\ntitle = "x"\n'), [['front-matter/unclosed', '+++']]);
  });
});

suite('front-matter/duplicate-key', () => {
  test('a repeated YAML key is flagged on its second occurrence, naming the first line', () => {
    const text = '---\ntitle: One\nlayout: post\ntitle: Two\n---\n';
    const problem = only(text, 'front-matter/duplicate-key');
    assert.deepEqual(problem.range, rangeOf(text, 'title', 2));
    assert.equal(problem.message, '`title` is already set on line 2; only the last value is kept.');
    assert.equal(problem.severity, 'warning');
  });

  test('a repeated key inside a nested mapping is flagged too', () => {
    const text = '---\ntitle: x\nlayout: post\nauthor:\n  name: A\n  name: B\n---\n';
    assert.deepEqual(only(text, 'front-matter/duplicate-key').range, rangeOf(text, 'name', 2));
  });

  test('a redefined TOML key is an error on the second key (Hugo stops)', () => {
    const text = '+++\ntitle = "One"\ndraft = false\ntitle = "Two"\n+++\n';
    const problem = only(text, 'front-matter/duplicate-key');
    assert.deepEqual(problem.range, rangeOf(text, 'title', 2));
    assert.equal(problem.severity, 'error');
  });
});

suite('front-matter/bom', () => {
  test('a byte order mark in the text before --- is an error on the delimiter (Jekyll ignores the block)', () => {
    const text = '\uFEFF---\ntitle: x\nlayout: post\n---\n';
    assert.deepEqual(squiggles(text), [['front-matter/bom', '---']]);
  });

  test('a BOM the editor keeps out of the text is reported from the file encoding', () => {
    assert.deepEqual(squiggles('---\ntitle: x\nlayout: post\n---\n', { fileHasBom: true }), [['front-matter/bom', '---']]);
  });

  test('Hugo reads files with a BOM, so TOML front matter gets no BOM problem', () => {
    assert.deepEqual(squiggles('\uFEFF+++\ntitle = "x"\n+++\n'), []);
  });
});

suite('front-matter/missing-key', () => {
  test('Jekyll needs a title, and a layout unless defaults give one; each missing one is a warning on the opening delimiter', () => {
    const problems = analyse('---\ndate: 2024-08-21\n---\n').frontMatter.problems;
    assert.deepEqual(problems.map((problem) => [problem.code, problem.range, problem.message]), [
      ['front-matter/missing-key', { start: 0, end: 3 }, '`title` is missing: the Jekyll preset requires it.'],
      ['front-matter/missing-key', { start: 0, end: 3 }, '`layout` is missing: neither the post nor a `defaults:` entry in _config.yml sets it, so Jekyll renders the post without a layout.'],
    ]);
  });

  test('Hugo needs only a title', () => {
    assert.deepEqual(squiggles('+++\ndraft = false\n+++\n'), [['front-matter/missing-key', '+++']]);
    assert.deepEqual(squiggles('---\ndraft: false\n---\n', { preset: 'hugo' }), [['front-matter/missing-key', '---']]);
  });
});
