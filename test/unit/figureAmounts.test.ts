import * as assert from 'node:assert/strict';
import { findFigures, findFiguresNotInBody } from '../../src/core/checks/figures';
import { parsePost } from '../../src/core/post/postModel';

/** A post with one body paragraph and one thread of one post; the texts the drift check flags in it. */
function flagged(body: string, thread: string): string[] {
  const text = `# Post\n\n${body}\n\n## Twitter threads\n\n### Thread: T\n\n1/1 ${thread}\n`;
  return findFiguresNotInBody(parsePost(text), text).map((problem) => text.slice(problem.range.start, problem.range.end));
}

suite('thread/figure-not-in-post: amounts without a thousands separator', () => {
  test('a thread quoting $500 where the body says $400 is flagged on the $500', () => {
    assert.deepEqual(flagged('The rig costs $400 a month.', 'It costs $500 a month.'), ['$500']);
  });

  test('$500 in the body and in the thread is not flagged, and neither are €20 or £7.50 found in both', () => {
    assert.deepEqual(flagged('Fees: $500, €20 and £7.50.', 'Fees are $500, €20 and £7.50.'), []);
  });

  test('each currency is its own figure: £500 is not the body’s $500', () => {
    assert.deepEqual(flagged('It costs $500.', 'It costs £500.'), ['£500']);
  });

  test('findFigures reads a bare-digit amount as an amount with its exact range', () => {
    const text = 'Pay $500 now';
    const [figure] = findFigures(text, { start: 0, end: text.length });
    assert.deepEqual({ kind: figure.kind, text: figure.text, range: figure.range }, { kind: 'amount', text: '$500', range: { start: 4, end: 8 } });
  });
});
