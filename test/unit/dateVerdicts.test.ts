import * as assert from 'node:assert/strict';
import { hugoDateVerdict, jekyllDateVerdict } from '../../src/core/frontMatter/dateRules';

const HUGO_FORMAT = 'Write it as 2024-08-21T10:00:00+01:00 (or 2024-08-21).';

/** The error a writer sees for a date Hugo cannot read, for the key it is under. */
function hugoCannot(key: string, why: string) {
  return { ok: false, severity: 'error', message: `\`${key}\`: ${why}, so Hugo cannot read it and the post gets no ${key}. ${HUGO_FORMAT}` };
}

/** An error about a part of the date that does not exist. */
function wrongPart(key: string, message: string) {
  return { ok: false, severity: 'error', message: `\`${key}\`: ${message}` };
}

suite('Jekyll dates: what Ruby reads, and the part that is wrong', () => {
  test('space around the date is ignored; December, 23 h, 59 min and a leap second are fine', () => {
    for (const text of ['  2024-08-21  ', '2024-12-01', '2024-08-21 23:59:60', '21/12/2024 23:00']) assert.deepEqual(jekyllDateVerdict(text), { ok: true }, text);
  });

  test('a month, day, hour, minute or second that does not exist is named in the error', () => {
    const cases: [string, string][] = [
      ['2024-13-01', 'the month 13 does not exist, so Jekyll cannot read this date.'],
      ['2024-00-10', 'the month 0 does not exist, so Jekyll cannot read this date.'],
      ['2023-02-29', 'February 2023 has no day 29; Jekyll would not date the post as written.'],
      ['2024-08-21 24:00', 'the hour 24 does not exist (0 to 23).'],
      ['2024-08-21 10:60', 'the minute 60 does not exist (0 to 59).'],
      ['2024-08-21 10:00:61', 'the second 61 does not exist (0 to 59).'],
      ['21/08/2024 25:00', 'the hour 25 does not exist (0 to 23).'],
      ['31/09/2024', 'September 2024 has no day 31; Jekyll would not date the post as written.'],
      ['21 August 2024 10:61', 'the minute 61 does not exist (0 to 59).'],
      ['August 21, 2024 25:00', 'the hour 25 does not exist (0 to 23).'],
      ['September 31 2024', 'September 2024 has no day 31; Jekyll would not date the post as written.'],
    ];
    for (const [text, message] of cases) assert.deepEqual(jekyllDateVerdict(text), wrongPart('date', message), text);
  });

  test('text that is no date stops the build, and the error quotes it', () => {
    assert.deepEqual(jekyllDateVerdict(' yesterday '), wrongPart('date', 'Jekyll cannot read "yesterday" as a date, and stops the build. Write it as 2024-08-21 10:00:00 +0100.'));
  });
});

suite('Hugo dates: the Go layouts, and why a date is not one', () => {
  test('space around the date is ignored; named-month layouts are read with their month', () => {
    for (const text of [' 2024-08-21 ', '21 Aug 2024', '29 feb 2024', 'Wed, 21 Aug 2024 10:00:00 +0100']) assert.deepEqual(hugoDateVerdict(text, 'date'), { ok: true }, text);
  });

  test('a day that does not exist is named, under the key it was written for', () => {
    assert.deepEqual(hugoDateVerdict('2024-02-30', 'lastmod'), wrongPart('lastmod', 'February 2024 has no day 30; Hugo would not date the post as written.'));
    assert.deepEqual(hugoDateVerdict('31 Apr 2024', 'date'), wrongPart('date', 'April 2024 has no day 31; Hugo would not date the post as written.'));
    assert.deepEqual(hugoDateVerdict('2024-08-21T24:00:00Z', 'publishDate'), wrongPart('publishDate', 'the hour 24 does not exist (0 to 23).'));
  });

  test('each near miss says what to change', () => {
    const cases: [string, string][] = [
      ['21 Foo 2024', '"Foo" is not a three-letter month name (Jan to Dec)'],
      ['2024-8-21', 'the month and the day need two digits each'],
      ['2024-08-1', 'the month and the day need two digits each'],
      ['2024-08-21 10:00', 'the time needs seconds (10:00:00, not 10:00)'],
      ['2024-08-21T1:00:00 XYZ', 'the hour needs two digits'],
      ['2024-08-21 1:00:00 XYZ', '"XYZ" after the time is not an offset Hugo knows (Z, +01:00 or +0100)'],
      ['2024-08-21T10:00:00 PST', '"PST" after the time is not an offset Hugo knows (Z, +01:00 or +0100)'],
      ['2024-08-21 +01', '"+01" after the time is not an offset Hugo knows (Z, +01:00 or +0100)'],
      ['next week', '"next week" is not in a date layout Hugo reads'],
    ];
    for (const [text, why] of cases) assert.deepEqual(hugoDateVerdict(text, 'date'), hugoCannot('date', why), text);
  });
});
