import * as assert from 'node:assert/strict';
import { parseJsonTree, type JsonNode } from '../../src/core/config/jsonTree';

/** The value a node stands for, rebuilt from the tree, to compare with `JSON.parse` of the text its range covers. */
function valueOf(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.properties.map((property) => [property.key, valueOf(property.value)]));
    case 'array':
      return node.items.map(valueOf);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** Every node's range read back with `JSON.parse`, and every key's range holding exactly its quoted key. */
function assertRangesMatchText(text: string, node: JsonNode): void {
  assert.deepEqual(JSON.parse(text.slice(node.range.start, node.range.end)), valueOf(node));
  if (node.type === 'object') {
    for (const property of node.properties) {
      assert.equal(JSON.parse(text.slice(property.keyRange.start, property.keyRange.end)), property.key);
      assertRangesMatchText(text, property.value);
    }
  }
  if (node.type === 'array') for (const item of node.items) assertRangesMatchText(text, item);
}

function errorOf(text: string): { message: string; covered: string } {
  const result = parseJsonTree(text);
  assert.ok('error' in result, `${JSON.stringify(text)} parsed`);
  return { message: result.error.message, covered: text.slice(result.error.range.start, result.error.range.end) };
}

suite('the JSON tree of a .threadwright.json', () => {
  test('every kind of value keeps its value and the range it was written at, as JSON.parse reads that range', () => {
    const text = '{\n  "platforms": ["x", "bluesky"], "limits": {"mastodon": 500, "ratio": -1.5e2},\n  "on": true, "off": false, "none": null, "empty": {}, "list": []\n}';
    const result = parseJsonTree(text);
    assert.ok('root' in result);
    assert.deepEqual(valueOf(result.root), JSON.parse(text));
    assertRangesMatchText(text, result.root);
  });

  test('comments and trailing commas are allowed, as in VS Code settings; a byte order mark keeps every offset', () => {
    const text = '\uFEFF{\n  // primary first\n  "platforms": ["x",], /* later */\n}';
    const result = parseJsonTree(text);
    assert.ok('root' in result && result.root.type === 'object');
    const [property] = result.root.properties;
    assert.equal(text.slice(property.keyRange.start, property.keyRange.end), '"platforms"');
    assert.equal(text.slice(property.value.range.start, property.value.range.end), '["x",]');
  });

  test('64 levels of nesting are read; the 65th bracket is refused where it opens, however the levels are written', () => {
    const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const objects = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
    for (const deep of [arrays(64), objects(64), `[${arrays(63)}, ${arrays(63)}]`, `[${objects(63)}, ${objects(63)}]`]) {
      assert.ok('root' in parseJsonTree(deep), deep.slice(0, 20));
    }
    assert.deepEqual(parseJsonTree(arrays(65)), { error: { message: 'Nested more than 64 levels deep', range: { start: 64, end: 65 } } });
    const deepObjects = objects(65);
    assert.deepEqual(errorOf(deepObjects), { message: 'Nested more than 64 levels deep', covered: '{' });
    assert.equal((parseJsonTree(deepObjects) as { error: { range: { start: number } } }).error.range.start, '{"a":'.length * 64);
    assert.ok('root' in parseJsonTree(`[${Array.from({ length: 100 }, (_, i) => i).join(', ')}]`), 'a long flat list is not deep');
  });

  test('an empty file asks for a JSON object', () => {
    assert.deepEqual(parseJsonTree('  \n'), { error: { message: 'The file is empty: write a JSON object, e.g. {"platforms": ["x"]}', range: { start: 0, end: 0 } } });
  });

  test('each syntax error gets a message a writer can act on, over the text it is about', () => {
    const cases: [string, string, string][] = [
      ['{"a": tru}', 'Unexpected word tru: text values need double quotes', 'tru'],
      ['{"a": $x}', 'Unexpected word $x: text values need double quotes', '$x'],
      ['{"a": abc-}', 'Unexpected character "a"', 'abc-'],
      ['{"a": @x}', 'Unexpected character "@"', '@x'],
      ['{"a": @@}', 'Unexpected character "@"', '@@'],
      ["{\"a\": 'x'}", 'Strings need double quotes in JSON', "'x'"],
      ["{\"a\": 'hello}", 'Strings need double quotes in JSON', "'hello"],
      ['{1: 2}', 'Expected a key in double quotes', '1'],
      ['{"a": }', 'Expected a value', '}'],
      ['      {"a": }', 'Expected a value', '}'],
      ['{"a":', 'The JSON ends too early: a value is missing', ''],
      ['{"a":   \n', 'The JSON ends too early: a value is missing', ''],
      ['{"a" 1}', 'Expected a colon after the key', '1'],
      ['[1 2]', 'Expected a comma between the values', '2'],
      ['{"a": 1   ', 'Expected a comma or } after the value', ''],
      ['[1', 'Expected a comma or ] after the value', ''],
      ['{} {"b": 1}', 'Unexpected text after the end of the JSON value', '{'],
      ['{"a": "x', 'This string is never closed: add a double quote', '"x'],
      ['{} /* x', 'This comment is never closed: add */', '/* x'],
      ['{"a": "\\q"}', 'Invalid escape sequence', '"\\q"'],
      ['{"a": "\\u12"}', 'Invalid escape sequence', '"\\u12"'],
      ['{"a": "a\tb"}', 'Control characters must be escaped inside strings', '"a\tb"'],
      ['{"a": 1.}', 'Not a valid number', '1.'],
    ];
    for (const [text, message, covered] of cases) assert.deepEqual(errorOf(text), { message, covered }, JSON.stringify(text));
  });
});
