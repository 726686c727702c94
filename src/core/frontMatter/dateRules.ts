import { isCalendarDay, monthNumber } from './dates';

/** What a generator makes of a date as written: read as meant, or a problem naming the part that is wrong. */
export type DateVerdict = { ok: true } | { ok: false; severity: 'error' | 'warning'; message: string };

const OK: DateVerdict = { ok: true };
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Jekyll reads `date` with Psych's timestamps and then Ruby's `Time.parse`, which takes any of these.
const RUBY_DAY = String.raw`(\d{4})[-/](\d{1,2})[-/](\d{1,2})`;
const RUBY_TIME = String.raw`(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?`;
const RUBY_ZONE = String.raw`\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)`;
const RUBY_NUMERIC = new RegExp(String.raw`^${RUBY_DAY}(?:${RUBY_TIME}(?:${RUBY_ZONE})?)?$`);
const RUBY_DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})(?:${RUBY_TIME}(?:${RUBY_ZONE})?)?$`);
const RUBY_DROPPED_ZONE = new RegExp(String.raw`^${RUBY_DAY}${RUBY_TIME}\s+(\S+)\s+([+-]\d{2}:?\d{2})$`);
const RUBY_DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})(?:${RUBY_TIME}(?:${RUBY_ZONE})?)?$`);
const RUBY_MONTH_FIRST = new RegExp(String.raw`^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:${RUBY_TIME}(?:${RUBY_ZONE})?)?$`);

/**
 * Tells whether Jekyll reads a front matter date as written. Ruby's `Time.parse` accepts far more than
 * Jekyll documents (`T`, offsets with a colon, one-digit hours and months, fractional seconds, month
 * names, `21/08/2024` as day/month/year), but it rolls impossible days over, guesses a month from any three letters, and drops an
 * offset that does not follow the time: those are the errors.
 */
export function jekyllDateVerdict(text: string): DateVerdict {
  const value = text.trim();
  const numeric = RUBY_NUMERIC.exec(value);
  if (numeric !== null) return partsVerdict('Jekyll', Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), numeric.slice(4, 7));
  const dayMonthYear = RUBY_DAY_MONTH_YEAR.exec(value);
  if (dayMonthYear !== null) return partsVerdict('Jekyll', Number(dayMonthYear[3]), Number(dayMonthYear[2]), Number(dayMonthYear[1]), dayMonthYear.slice(4, 7));
  const dropped = RUBY_DROPPED_ZONE.exec(value);
  if (dropped !== null) {
    return {
      ok: false,
      severity: 'warning',
      message: `\`date\`: Jekyll ignores the offset ${dropped[8]} because \`${dropped[7]}\` stands between the time and it, so the post is dated ${dropped[4]}:${dropped[5]} in the site's time zone. Remove \`${dropped[7]}\`.`,
    };
  }
  const dayFirst = RUBY_DAY_FIRST.exec(value);
  // A day first starts with digits, a month first with letters: at most one of them matches.
  const monthFirst = RUBY_MONTH_FIRST.exec(value);
  if (dayFirst !== null || monthFirst !== null) {
    const [name, day, year, rest] = dayFirst !== null ? [dayFirst[2], dayFirst[1], dayFirst[3], dayFirst.slice(4, 7)] : [monthFirst![1], monthFirst![2], monthFirst![3], monthFirst!.slice(4, 7)];
    const month = monthNumber(name);
    if (month === 0) return wrongMonthName(name);
    return partsVerdict('Jekyll', Number(year), month, Number(day), rest);
  }
  return { ok: false, severity: 'error', message: `\`date\`: Jekyll cannot read ${JSON.stringify(value)} as a date, and stops the build. Write it as 2024-08-21 10:00:00 +0100.` };
}

function wrongMonthName(name: string): DateVerdict {
  return {
    ok: false,
    severity: 'error',
    message: `\`date\`: ${JSON.stringify(name)} is not a month name; Jekyll would guess a month from its first three letters. Write the month as a number or its English name.`,
  };
}

/** Checks the calendar and the clock; `generator` names who would misread them. */
function partsVerdict(generator: string, year: number, month: number, day: number, time: (string | undefined)[]): DateVerdict {
  const wrong = (message: string): DateVerdict => ({ ok: false, severity: 'error', message: `\`date\`: ${message}` });
  if (month < 1 || month > 12) return wrong(`the month ${month} does not exist, so ${generator} cannot read this date.`);
  if (!isCalendarDay(year, month, day)) return wrong(`${MONTH_NAMES[month - 1]} ${year} has no day ${day}; ${generator} would not date the post as written.`);
  const [hour, minute, second] = time.map((part) => Number(part ?? 0));
  if (hour > 23) return wrong(`the hour ${hour} does not exist (0 to 23).`);
  if (minute > 59) return wrong(`the minute ${minute} does not exist (0 to 59).`);
  if (second > 60) return wrong(`the second ${second} does not exist (0 to 59).`);
  return OK;
}

// Hugo reads a date string with one of the Go layouts its casting library lists; nothing else is a date.
const GO_FRACTION = String.raw`(?:[.,]\d+)?`;
const GO_NUMERIC_TIME = String.raw`(\d{1,2}):(\d{2}):(\d{2})${GO_FRACTION}`;
const GO_DAY = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const GO_NAMED_ZONE = '[A-Z]{3,5}';
const GO_LAYOUTS: RegExp[] = [
  new RegExp(String.raw`^${GO_DAY}$`),
  new RegExp(String.raw`^${GO_DAY}T${GO_NUMERIC_TIME}(?:Z|[+-]\d{2}:\d{2}|[+-]\d{4})?$`),
  new RegExp(String.raw`^${GO_DAY} ${GO_NUMERIC_TIME}(?:Z|[+-]\d{2}:?\d{2}| [+-]\d{2}:?\d{2}| [+-]\d{4} ${GO_NAMED_ZONE})?$`),
];
const GO_NAMED: RegExp[] = [
  /^(\d{2}) ([A-Za-z]{3}) (\d{4})$/,
  new RegExp(String.raw`^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) \d{2}:\d{2}:\d{2} (?:[+-]\d{4}|${GO_NAMED_ZONE})$`),
];
const HUGO_LOOSE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([T ])(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * Tells whether Hugo reads a front matter date string. Hugo accepts RFC 3339 and a fixed list of Go
 * layouts; any other text gives the post no date at all (Hugo 0.111 says nothing), so that is an error.
 */
export function hugoDateVerdict(text: string, key: string): DateVerdict {
  const value = text.trim();
  const wrong = (why: string): DateVerdict => ({
    ok: false,
    severity: 'error',
    message: `\`${key}\`: ${why}, so Hugo cannot read it and the post gets no ${key}. Write it as 2024-08-21T10:00:00+01:00 (or 2024-08-21).`,
  });
  for (const layout of GO_LAYOUTS) {
    const match = layout.exec(value);
    if (match !== null) {
      const verdict = partsVerdict('Hugo', Number(match[1]), Number(match[2]), Number(match[3]), match.slice(4, 7));
      return verdict.ok ? verdict : { ...verdict, message: verdict.message.replace(/^`date`/, `\`${key}\``) };
    }
  }
  for (const layout of GO_NAMED) {
    const match = layout.exec(value);
    if (match === null) continue;
    const month = goMonth(match[2]);
    if (month === 0) return wrong(`${JSON.stringify(match[2])} is not a three-letter month name (Jan to Dec)`);
    return partsVerdict('Hugo', Number(match[3]), month, Number(match[1]), []);
  }
  const loose = HUGO_LOOSE.exec(value);
  if (loose !== null) {
    if (loose[2].length === 1 || loose[3].length === 1) return wrong('the month and the day need two digits each');
    if (loose[5] !== undefined && loose[7] === undefined) return wrong('the time needs seconds (10:00:00, not 10:00)');
    if (loose[5] !== undefined && loose[5].length === 1 && loose[4] === 'T') return wrong('the hour needs two digits');
    return wrong(`${JSON.stringify(value.slice(loose[0].length).trim())} after the time is not an offset Hugo knows (Z, +01:00 or +0100)`);
  }
  return wrong(`${JSON.stringify(value)} is not in a date layout Hugo reads`);
}

function goMonth(name: string): number {
  const index = MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === name.toLowerCase());
  return index + 1;
}
