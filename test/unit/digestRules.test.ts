import * as assert from 'node:assert/strict';
import { digestBodies, type Digest } from '../../src/core/convert/digest';
import type { PlainSection } from '../../src/core/convert/plainText';
import { runSteps } from '../../src/core/convert/steps';

const LIMIT = 140;
const fits = (body: string) => body.length <= LIMIT;

function section(heading: string | undefined, level: number, ...blocks: string[]): PlainSection {
  return { heading, level, blocks, range: { start: 0, end: 0 } };
}

function digestOf(sections: PlainSection[], title: string | undefined, target: number): Digest {
  return runSteps(digestBodies(sections, title, target, fits, LIMIT));
}

// A small post: a two-paragraph intro, two sections and a conclusion, each a sentence or two.
const INTRO = section(undefined, 0, 'Miners are selling their rigs to AI labs this year.', 'Power costs doubled since the halving.');
const INTRO_LINE = section(undefined, 0, 'Miners are selling their rigs to AI labs this year.');
const COSTS = section('Costs:', 2, 'Electricity is the largest cost of a mine.');
const BUYERS = section('Buyers', 2, 'AI labs pay cash for the racks.');
const CONCLUSION = section('Conclusion', 2, 'The shift is here to stay.');
const POST = [INTRO, COSTS, BUYERS, CONCLUSION];

suite('convert: the digest\'s rules, on small posts', () => {
  test('a post per part: the title over the intro\'s best sentence, each heading (without its colon) over its text, the conclusion last', () => {
    assert.deepEqual(digestOf(POST, 'Miners Turn to AI Now', 5), {
      bodies: [
        'Miners Turn to AI Now\nMiners are selling their rigs to AI labs this year.',
        'Power costs doubled since the halving.',
        'Costs\nElectricity is the largest cost of a mine.',
        'Buyers\nAI labs pay cash for the racks.',
        'The shift is here to stay.',
      ],
      notes: [],
    });
  });

  test('a title of four words opens the thread; one of three, however spaced, gives way to the intro', () => {
    assert.equal(digestOf(POST, 'Miners Turn to AI', 5).bodies[0], 'Miners Turn to AI\nMiners are selling their rigs to AI labs this year.');
    for (const weak of ['Miners Turn Now', 'Miners  Turn  Now', undefined]) {
      assert.equal(digestOf(POST, weak, 5).bodies[0], 'Miners are selling their rigs to AI labs this year.', String(weak));
    }
  });

  test('three posts asked: the hook, one post for the body, the conclusion', () => {
    assert.deepEqual(digestOf(POST, 'Miners Turn to AI', 3).bodies, [
      'Miners Turn to AI\nMiners are selling their rigs to AI labs this year.',
      'Power costs doubled since the halving. Electricity is the largest cost of a mine. AI labs pay cash for the racks.',
      'The shift is here to stay.',
    ]);
  });

  test('two posts asked leave no room for a closing post: the conclusion is not forced in', () => {
    const { bodies } = digestOf(POST, 'Miners Turn to AI', 2);
    assert.equal(bodies.length, 2);
    assert.ok(bodies.every((body) => !body.includes('The shift is here to stay.')), bodies.join('\n\n'));
  });

  test('a call to action after the last section closes the thread, once, and leaves its section\'s post', () => {
    const withCall = [INTRO, COSTS, section('Buyers', 2, 'AI labs pay cash for the racks.', 'Sign up for the newsletter today.')];
    assert.deepEqual(digestOf(withCall, 'Miners Turn to AI Now', 5).bodies.slice(-2), ['Buyers\nAI labs pay cash for the racks.', 'Sign up for the newsletter today.']);
    assert.deepEqual(digestOf([INTRO, COSTS], 'Miners', 5).bodies.at(-1), 'Electricity is the largest cost of a mine.');
  });

  test('a list item last is not a call to action: it stays in its part', () => {
    const listed = [INTRO, COSTS, section('Buyers', 2, 'AI labs pay cash for the racks.', '- Sign up for the newsletter today.')];
    assert.deepEqual(digestOf(listed, 'Miners Turn to AI Now', 5).bodies.slice(-1), ['Buyers\nAI labs pay cash for the racks. Sign up for the newsletter today.']);
  });

  test('the parts are cut at the heading level closest to the target: # parts for 2 posts, ## parts for 5', () => {
    const nested = [
      section(undefined, 0, 'Miners are selling their rigs to AI labs this year.'),
      section('Part one', 1, 'Part one opens here.'), section('Alpha', 2, 'Alpha is the first.'), section('Beta', 2, 'Beta is the second.'),
      section('Part two', 1, 'Part two opens here.'), section('Gamma', 2, 'Gamma is the third.'), section('Delta', 2, 'Delta is the fourth.'),
    ];
    assert.deepEqual(digestOf(nested, 'Miners Turn to AI Now', 4).bodies, [
      'Miners Turn to AI Now\nMiners are selling their rigs to AI labs this year.',
      'Part one\nPart one opens here. Alpha is the first. Beta is the second.',
      'Part two\nPart two opens here. Gamma is the third.',
      'Delta is the fourth.',
    ]);
    assert.deepEqual(digestOf(nested, 'Miners Turn to AI Now', 7).bodies.slice(1), [
      'Part one\nPart one opens here.', 'Alpha\nAlpha is the first.', 'Beta\nBeta is the second.',
      'Part two\nPart two opens here.', 'Gamma\nGamma is the third.', 'Delta is the fourth.',
    ]);
  });

  test('a title longer than a post is cut into posts, and the notes say so', () => {
    const title = `Miners ${'turn to AI labs and sell their racks, '.repeat(5)}`;
    const { bodies, notes } = digestOf(POST, title, 5);
    assert.deepEqual(bodies.slice(0, 2), [
      'Miners turn to AI labs and sell their racks, turn to AI labs and sell their racks, turn to AI labs and sell their racks, turn to AI labs and',
      'sell their racks, turn to AI labs and sell their racks,',
    ]);
    assert.deepEqual(notes, ['"Miners turn to AI labs and sell their ra…" is longer than one post, so it takes 2.']);
    assert.ok(bodies.every(fits));
  });

  test('a section of three lead-phrase items says them as a list under its best sentence, heading first', () => {
    const features = section('Features', 2, 'The release brings three changes worth knowing about.',
      '- Fast sync: Uploads start at once and resume after a dropped connection, which saves hours.',
      '- Small bills: The server bill halves because the engine does less work per file.',
      '- Offline edits: Changes made on a plane are kept and merged when the laptop is back online.');
    assert.deepEqual(digestOf([INTRO_LINE, features, CONCLUSION], 'Miners Turn to AI Now', 4).bodies, [
      'Miners Turn to AI Now\nMiners are selling their rigs to AI labs this year.',
      'Features\nThe release brings three changes worth knowing about.\n- Fast sync\n- Small bills\n- Offline edits',
      'The shift is here to stay.',
    ]);
  });

  test('three subsections say their headings as the list; two leave the sentences', () => {
    const subsections = [
      section('Features', 2, 'The release brings three changes worth knowing about.'),
      section('Fast sync', 3, 'Uploads start at once and resume after a dropped connection.'),
      section('Small bills', 3, 'The server bill halves because the engine does less work.'),
      section('Offline edits', 3, 'Changes made on a plane are kept and merged later.'),
    ];
    assert.equal(digestOf([INTRO_LINE, ...subsections, CONCLUSION], 'Miners Turn to AI Now', 3).bodies[1],
      'Features\nThe release brings three changes worth knowing about.\n- Fast sync\n- Small bills\n- Offline edits');
    assert.ok(!digestOf([INTRO_LINE, ...subsections.slice(0, 3), CONCLUSION], 'Miners Turn to AI Now', 3).bodies[1].includes('\n- '));
  });

  test('a long part takes a second post while each has 600 characters to draw on; the second opens with its subsection', () => {
    const points = (topic: string, count: number) => Array.from({ length: count }, (_, index) =>
      `Point ${index + 1} on ${topic} is a sentence long enough to count, with detail on ${topic} and what follows from it for the rest of us.`);
    const parts = (count: number) => [INTRO_LINE, section('Power', 2, ...points('power', count)), section('Chips', 3, ...points('chips', count)),
      section('Fans', 3, ...points('fans', count)), section('Heat', 2, 'Heat is a small matter.'), CONCLUSION];
    const long = digestOf(parts(4), 'Miners Turn to AI Now', 5).bodies;
    assert.deepEqual(long.map((body) => body.split('\n')[0]), ['Miners Turn to AI Now', 'Power', 'Chips', 'Heat', 'The shift is here to stay.']);
    const short = digestOf(parts(3), 'Miners Turn to AI Now', 5).bodies;
    assert.deepEqual(short.map((body) => body.split('\n')[0]), ['Miners Turn to AI Now', 'Power', 'Heat', 'The shift is here to stay.'], 'nine points are under 600 characters for each of two posts: one post');
  });

  test('a post of one section keeps its heading: the heading level wins a tie with the whole post', () => {
    assert.deepEqual(digestOf([INTRO_LINE, COSTS, CONCLUSION], 'Miners Turn to AI Now', 5).bodies.slice(1), ['Costs\nElectricity is the largest cost of a mine.', 'The shift is here to stay.']);
  });

  test('nothing to convert gives no posts and no notes', () => {
    assert.deepEqual(digestOf([section('Empty', 2)], 'Miners Turn to AI Now', 5), { bodies: [], notes: [] });
  });
});
