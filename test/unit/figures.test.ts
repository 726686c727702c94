import * as assert from 'node:assert/strict';
import { findFigures, findFiguresNotInBody } from '../../src/core/checks/figures';
import { parsePost } from '../../src/core/post/postModel';
import type { Problem } from '../../src/core/post/problem';
import { EXAMPLE_POST } from './examplePost';

function drift(text: string): Problem[] {
  return findFiguresNotInBody(parsePost(text), text);
}

function flaggedIn(text: string): string[] {
  return drift(text).map((problem) => text.slice(problem.range.start, problem.range.end));
}

/** A post with one body paragraph and one thread of one post. */
function post(body: string, thread: string): string {
  return `# Post\n\n${body}\n\n## Twitter threads\n\n### Thread: T\n\n1/1 ${thread}\n`;
}

suite('thread/figure-not-in-post', () => {
  const body = EXAMPLE_POST.slice(0, EXAMPLE_POST.indexOf('## Twitter threads'));

  test('on the example post it flags the $34,900 and the 60% figures, in each thread that quotes them, and nothing else', () => {
    const problems = drift(EXAMPLE_POST);
    assert.deepEqual(problems.map((problem) => problem.message), [
      "Post 2/10 quotes $34,900, which appears nowhere in the post's body",
      "Post 3/10 quotes 60%, which appears nowhere in the post's body",
      "Post 2/8 quotes $34,900, which appears nowhere in the post's body",
      "Post 2/8 quotes 60%+, which appears nowhere in the post's body",
      "Post 2/10 quotes $34,900, which appears nowhere in the post's body",
      "Post 3/10 quotes 60%+, which appears nowhere in the post's body",
    ]);
    assert.ok(problems.every((problem) => problem.code === 'thread/figure-not-in-post' && problem.severity === 'info'));
    assert.ok(!body.includes('34,900') && !body.includes('34900') && !/(^|\D)60%/.test(body), 'the body really lacks both figures');
  });

  test('figures the body contains are not flagged: $53,000, 51%, 90,000', () => {
    for (const figure of ['$53,000', '51%', '90,000']) {
      assert.ok(body.includes(figure), `the body says ${figure}`);
      assert.ok(EXAMPLE_POST.indexOf(figure, body.length) > 0, `a thread quotes ${figure}`);
    }
    assert.deepEqual([...new Set(flaggedIn(EXAMPLE_POST))], ['$34,900', '60%', '60%+']);
  });

  test('related information points at the body’s figures of the same kind', () => {
    const [amount, percentage] = drift(EXAMPLE_POST);
    const relatedTexts = (problem: Problem) => problem.related!.map(({ range }) => EXAMPLE_POST.slice(range.start, range.end));
    assert.deepEqual(relatedTexts(amount).slice(0, 2), ['$72,225', '$53,000']);
    assert.equal(amount.related![0].message, 'The body says $72,225');
    assert.deepEqual(relatedTexts(percentage), ['78%', '55.1%', '51%']);
    assert.ok(amount.related!.every(({ range }) => range.end <= body.length));
  });

  test('figures are compared normalised: $72225 is $72,225, 90k is 90,000, $5M is $5,000,000', () => {
    assert.deepEqual(flaggedIn(post('It costs $72,225 a coin.', 'It costs $72225.')), []);
    assert.deepEqual(flaggedIn(post('It runs on 90,000 nodes.', 'Some 90k nodes.')), []);
    assert.deepEqual(flaggedIn(post('They raised $5,000,000.', 'They raised $5M.')), []);
    assert.deepEqual(flaggedIn(post('Pools hold 78%.', 'Pools hold 78 percent.')), []);
  });

  test('the post label and plain numbers are not figures; an amount is not the same figure as a bare number', () => {
    assert.deepEqual(findFigures('3/10 In 2024, 4 pools and Hut 8 Mining', { start: 0, end: 38 }), []);
    assert.deepEqual(flaggedIn(post('BTC is at 60,380.', 'BTC is at $60,380.')), ['$60,380']);
    assert.deepEqual(flaggedIn(post('Nothing here.', 'Uses 40 TWh and 3.5 EH/s, 12 GW.')), ['40 TWh', '3.5 EH/s', '12 GW']);
  });
});

suite('figures: what counts as one', () => {
  const found = (text: string) => findFigures(text, { start: 0, end: text.length }).map((figure) => [figure.kind, figure.text]);

  test('a percentage, an amount, a magnitude, a scale word, a unit and a number with separators are figures, each of its kind', () => {
    assert.deepEqual(found('55% of $72,225 went to 5M miners, 2.5 million rigs and 90 TWh; 1,234 pools but 7 days'), [
      ['percentage', '55%'], ['amount', '$72,225'], ['number', '5M'], ['number', '2.5 million'], ['number', '90 TWh'], ['number', '1,234'],
    ]);
  });

  test('only the range asked for is read, and ranges are into the whole text', () => {
    const text = 'Before 10% and 20% after 30%';
    const start = text.indexOf('and');
    const figures = findFigures(text, { start, end: text.indexOf('after') });
    assert.deepEqual(figures.map((figure) => [figure.text, text.slice(figure.range.start, figure.range.end)]), [['20%', '20%']]);
  });

  test('related information lists at most ten of the body’s figures of that kind', () => {
    const amounts = Array.from({ length: 12 }, (_, i) => `$${i + 1}00`).join(', ');
    const [problem] = drift(post(`Costs: ${amounts}.`, 'It cost $999.'));
    assert.equal(problem.related!.length, 10);
    assert.equal(problem.related![0].message, 'The body says $100');
  });
});
