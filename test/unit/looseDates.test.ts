import * as assert from 'node:assert/strict';
import { formatDate, isCalendarDay, monthNumber, partsOfLocalTime, readLooseDate } from '../../src/core/frontMatter/dates';

/** Whether the day exists, by JavaScript's own calendar: a day that does not exist rolls over into the next month. */
function dateSaysItExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

suite('loose dates: the calendar', () => {
  test('a day exists exactly when JavaScript\'s calendar has it, leap years and century years included', () => {
    for (const year of [1900, 1999, 2000, 2023, 2024, 2100, 2400]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) assert.equal(isCalendarDay(year, month, day), dateSaysItExists(year, month, day), `${year}-${month}-${day}`);
      }
    }
  });

  test('a year before 1000 is written with four digits, as ISO 8601 writes it', () => {
    const date = new Date(Date.UTC(2000, 0, 2));
    date.setUTCFullYear(33);
    assert.equal(formatDate({ year: 33, month: 1, day: 2 }, 'hugo'), date.toISOString().slice(0, 10));
  });
});

suite('loose dates: the clock and the offset', () => {
  test('the last minute of the day and a leap second are read; an hour 24, a minute 60 or a second 61 are not', () => {
    assert.deepEqual(readLooseDate('2024-08-21 23:59:60'), { year: 2024, month: 8, day: 21, time: { hour: 23, minute: 59, second: 60 } });
    for (const text of ['2024-08-21 24:00', '2024-08-21 10:60', '2024-08-21 10:00:61']) assert.equal(readLooseDate(text), undefined, text);
  });

  test('offsets with and without a colon, east and west, and named UTC, are minutes east of UTC', () => {
    const offsets: [string, number][] = [['+05:30', 330], ['-0530', -330], ['+2359', 1439], ['+0059', 59], ['Z', 0], [' UTC', 0], [' gmt', 0]];
    for (const [zone, minutes] of offsets) assert.equal(readLooseDate(`2024-08-21 10:00${zone}`)?.offsetMinutes, minutes, zone);
  });

  test('an offset of 24 hours or 60 minutes makes the date unreadable', () => {
    for (const zone of ['+2400', '-0560', '+23:60']) assert.equal(readLooseDate(`2024-08-21 10:00${zone}`), undefined, zone);
  });

  test('space around the date is ignored', () => {
    assert.deepEqual(readLooseDate('  2024-08-21 \n'), { year: 2024, month: 8, day: 21 });
  });
});

suite('loose dates: which number is the day', () => {
  test('a number above 12 is the day; when neither or both are, the date is not guessed', () => {
    assert.deepEqual(readLooseDate('13/12/2024'), { year: 2024, month: 12, day: 13 });
    assert.deepEqual(readLooseDate('12/13/2024'), { year: 2024, month: 12, day: 13 });
    for (const text of ['12/05/2024', '05/12/2024', '12/12/2024', '13/13/2024']) assert.equal(readLooseDate(text), undefined, text);
  });

  test('month names count from three letters on; a shorter or different word is no month', () => {
    const names: [string, number][] = [['Aug', 8], ['sept', 9], ['MAY', 5], ['December', 12], ['Ju', 0], ['ma', 0], ['Junk', 0], ['', 0]];
    for (const [name, number] of names) assert.equal(monthNumber(name), number, name);
  });
});

suite('loose dates: now, as the writer\'s clock shows it', () => {
  test('the time and offset are local: 04:30 UTC is 10:00 at +05:30 in Kolkata', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Kolkata';
    try {
      assert.deepEqual(partsOfLocalTime(new Date(Date.UTC(2024, 7, 21, 4, 30, 0))), { year: 2024, month: 8, day: 21, time: { hour: 10, minute: 0, second: 0 }, offsetMinutes: 330 });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
