import * as assert from 'node:assert/strict';
import { parse as parseToml, TomlError } from 'smol-toml';
import { PRESETS, isPresetName } from '../../src/core/frontMatter/presets';
import { MAX_FRONT_MATTER_LENGTH } from '../../src/core/frontMatter/read';
import { analyse, rangeOf } from './frontMatterHelpers';

/** The front matter as read, with the problems reading it found. */
function parsedOf(text: string) {
  const parsed = analyse(text, { preset: 'hugo' }).frontMatter.parsed;
  assert.ok(parsed !== undefined, 'the post has front matter');
  return parsed;
}

/** smol-toml's own error for a TOML text. */
function tomlErrorOf(toml: string): TomlError {
  try {
    parseToml(toml);
  } catch (error) {
    if (error instanceof TomlError) return error;
  }
  throw new Error('smol-toml reads this TOML');
}

suite('reading front matter: the whole block', () => {
  test('a block never closed is one error on its opening delimiter, naming the line to add', () => {
    assert.deepEqual(parsedOf('+++\ntitle = "x"\n').problems, [{
      code: 'front-matter/unclosed',
      severity: 'error',
      range: { start: 0, end: 3 },
      message: 'This front matter is never closed: add a line `+++` after its last key. Until then the whole post is read as front matter.',
    }]);
  });

  test('front matter of exactly the size limit is read; one byte more is a warning giving the size in KB', () => {
    const sized = (length: number) => {
      const head = 'title: x\n# ';
      return `---\n${head}${'x'.repeat(length - head.length - 1)}\n---\nBody\n`;
    };
    assert.deepEqual(parsedOf(sized(MAX_FRONT_MATTER_LENGTH)).problems, []);
    assert.deepEqual(parsedOf(sized(MAX_FRONT_MATTER_LENGTH)).data, { title: 'x' });
    const over = parsedOf(sized(MAX_FRONT_MATTER_LENGTH + 1));
    assert.deepEqual(over.problems, [{
      code: 'front-matter/too-long',
      severity: 'warning',
      range: { start: 0, end: 3 },
      message: 'This front matter is 64 KB; Threadwright checks front matter up to 64 KB.',
    }]);
    assert.equal(over.data, undefined);
  });

  test('a block of only comments is an empty mapping, at the start of the content, with no problems', () => {
    const text = '---\n# a comment that is longer than any placeholder text would be\n---\nBody\n';
    const parsed = parsedOf(text);
    assert.deepEqual([parsed.problems, parsed.data, parsed.root], [[], {}, { range: { start: 4, end: 4 }, entries: [] }]);
  });

  test('a line that merely starts with the delimiter is an error over that line, and no data is given', () => {
    const text = '+++\ntitle = "x"\n++++ not the end\ndraft = true\n+++\n';
    const parsed = parsedOf(text);
    assert.deepEqual(parsed.problems, [{
      code: 'front-matter/syntax',
      severity: 'error',
      range: rangeOf(text, '++++ not the end'),
      message: 'This line starts like the closing `+++` but is not one: remove it or quote its text.',
    }]);
    assert.equal(parsed.data, undefined);
  });

  test('CRLF TOML is read as the same data as LF TOML', () => {
    const parsed = parsedOf('+++\r\ntitle = "x"\r\ndate = 2024-08-21\r\n+++\r\nBody\r\n');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.data, parseToml('title = "x"\ndate = 2024-08-21\n'));
  });
});

suite('reading TOML front matter', () => {
  test('a TOML error sits on the one character smol-toml points at, with its reason, even after a blank first line', () => {
    const toml = '\ntitle = "x"\ndraft = \nweight = 1\n';
    const text = `+++\n${toml}+++\n`;
    const error = tomlErrorOf(toml);
    const start = 4 + toml.split('\n').slice(0, error.line - 1).join('\n').length + 1 + error.column - 1;
    const reason = error.message.replace('Invalid TOML document: ', '').split('\n')[0];
    assert.deepEqual(parsedOf(text).problems, [{ code: 'front-matter/syntax', severity: 'error', range: { start, end: start + 1 }, message: `TOML: ${reason}.` }]);
    assert.equal(text.slice(start, start + 1), '\n');
  });

  test('a redefined key names the line of the earlier one, not the first key of the block', () => {
    const text = '+++\ndraft = false\ntitle = "One"\nweight = 1\ntitle = "Two"\n+++\n';
    assert.deepEqual(parsedOf(text).problems, [{
      code: 'front-matter/duplicate-key',
      severity: 'error',
      range: rangeOf(text, 'title', 2),
      path: ['title'],
      message: '`title` is already defined on line 3; TOML allows each key once, so Hugo stops.',
    }]);
  });

  test('a key redefined in a table names the earlier one in that table, not a key of the same name above it', () => {
    const text = '+++\ntitle = "x"\n[params]\ntitle = "a"\ntitle = "b"\n+++\n';
    assert.deepEqual(parsedOf(text).problems.map((problem) => [problem.range, problem.message]), [
      [rangeOf(text, 'title', 3), '`title` is already defined on line 4; TOML allows each key once, so Hugo stops.'],
    ]);
  });

  test('arrays nested 64 deep are read; 65 deep is a syntax problem ending in one full stop, and gives no data', () => {
    const nested = (depth: number) => `+++\ntitle = "x"\na = ${'['.repeat(depth)}${']'.repeat(depth)}\n+++\n`;
    const deep = parsedOf(nested(64));
    assert.deepEqual(deep.problems, []);
    assert.ok(deep.data !== undefined);
    const deeper = parsedOf(nested(65));
    assert.deepEqual(deeper.problems.map((problem) => [problem.code, problem.message]), [['front-matter/syntax', 'TOML: document contains excessively nested structures. aborting.']]);
    assert.equal(deeper.data, undefined);
  });
});

suite('preset names', () => {
  test('only the names of the built-in presets are preset names', () => {
    for (const name of Object.keys(PRESETS)) assert.equal(isPresetName(name), true, name);
    for (const name of ['', 'Jekyll', 'hugo ', 'eleventy']) assert.equal(isPresetName(name), false, name);
    assert.deepEqual(Object.entries(PRESETS).map(([key, preset]) => [key, preset.name]), [['jekyll', 'jekyll'], ['hugo', 'hugo']]);
  });
});
