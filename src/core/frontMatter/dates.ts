/** The parts of a date as a writer wrote them; time and offset are kept only when given. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
  /** Minutes east of UTC; undefined when the date names no offset. */
  offsetMinutes?: number;
}

/** The date styles the generators read: Jekyll's `2024-08-21 10:00:00 +0100`, Hugo's RFC 3339 `2024-08-21T10:00:00+01:00`. */
export type DateStyle = 'jekyll' | 'hugo';

/** True when the day exists: months have their lengths and February 29 only in leap years. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a month outside 1 to 12 has no length below, so its day is refused all the same
  if (month < 1 || month > 12) return false;
  if (day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1];
}

function isClockTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 60;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TIME = String.raw`(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i');
const DAY_FIRST_NAMED = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})${TIME}$`, 'i');
const MONTH_FIRST_NAMED = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');
const NUMERIC_YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`, 'i');

/**
 * Reads the dates writers commonly type (ISO with any separator, `21 August 2024`, `Aug 21, 2024`,
 * `21/08/2024` when the day is unambiguous), so a quick fix can rewrite them in the generator's style.
 */
export function readLooseDate(text: string): DateParts | undefined {
  const trimmed = text.trim();
  let match = YEAR_FIRST.exec(trimmed);
  if (match !== null) return build(Number(match[1]), Number(match[2]), Number(match[3]), match.slice(4));
  match = DAY_FIRST_NAMED.exec(trimmed);
  if (match !== null) return build(Number(match[3]), monthNumber(match[2]), Number(match[1]), match.slice(4));
  match = MONTH_FIRST_NAMED.exec(trimmed);
  if (match !== null) return build(Number(match[3]), monthNumber(match[1]), Number(match[2]), match.slice(4));
  match = NUMERIC_YEAR_LAST.exec(trimmed);
  if (match !== null) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    // Above 12 is the day; when both are, the other is no month either, and build refuses it.
    if (first > 12) return build(Number(match[3]), second, first, match.slice(4));
    if (second > 12) return build(Number(match[3]), first, second, match.slice(4));
  }
  return undefined;
}

/**
 * The number of an English month name, written out or cut short to at least three letters (`Aug`, `Sept`);
 * 0 for any other word, so `Junk` is never read as June.
 */
export function monthNumber(name: string): number {
  const word = name.toLowerCase();
  const index = MONTHS.findIndex((month) => word.length >= 3 && month.startsWith(word));
  return index + 1;
}

function build(year: number, month: number, day: number, rest: (string | undefined)[]): DateParts | undefined {
  if (!isCalendarDay(year, month, day)) return undefined;
  const [hour, minute, second, zone] = rest;
  const parts: DateParts = { year, month, day };
  if (hour !== undefined) {
    parts.time = { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) };
    if (!isClockTime(parts.time.hour, parts.time.minute, parts.time.second)) return undefined;
  }
  if (zone !== undefined) {
    // Stryker disable next-line Regex: the zone pattern puts a sign only first
    const offset = /^[+-]/.exec(zone) === null ? 0 : readOffset(zone);
    if (offset === undefined) return undefined;
    parts.offsetMinutes = offset;
  }
  return parts;
}

function readOffset(zone: string): number | undefined {
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Writes a date in a generator's own style, keeping only the parts the date has. */
export function formatDate(parts: DateParts, style: DateStyle): string {
  const two = (value: number) => String(value).padStart(2, '0');
  let text = `${String(parts.year).padStart(4, '0')}-${two(parts.month)}-${two(parts.day)}`;
  if (parts.time === undefined) return text;
  text += `${style === 'jekyll' ? ' ' : 'T'}${two(parts.time.hour)}:${two(parts.time.minute)}:${two(parts.time.second)}`;
  if (parts.offsetMinutes === undefined) return text;
  const sign = parts.offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(parts.offsetMinutes);
  const [hours, minutes] = [two(Math.floor(magnitude / 60)), two(magnitude % 60)];
  if (style === 'jekyll') return `${text} ${sign}${hours}${minutes}`;
  return parts.offsetMinutes === 0 ? `${text}Z` : `${text}${sign}${hours}:${minutes}`;
}

/** A moment as the writer's clock shows it, with their offset: the placeholder for a missing `date`. */
export function partsOfLocalTime(now: Date): DateParts {
  return {
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
    time: { hour: now.getHours(), minute: now.getMinutes(), second: now.getSeconds() },
    offsetMinutes: -now.getTimezoneOffset(),
  };
}
