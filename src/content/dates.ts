/**
 * Dates on the site, one definition each: how a date or a range reads ("2 May 2024", "20–23 July 2023"), the instants
 * a partial date covers, and where an instant falls in its year. Every page, card, chart and download uses these.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2 May 2024", "May 2024" or "2024", by the precision the date is written with. */
export function formatDate(date: string): string;
export function formatDate(date: string | undefined): string | undefined;
export function formatDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const [year, month, day] = date.split('-');
  if (day) return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
  if (month) return `${months[Number(month) - 1]} ${year}`;
  return year;
}

/** A date string (YYYY-MM-DD, YYYY-MM or YYYY) as the UTC instant it starts at. */
export function parseDate(value: string): Date {
  const [year = 1970, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "18–25 August 2005", "30 August – 2 September 2022", "April 2012", "July–August 2024". */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  const a = formatDate(start).split(' ');
  const b = formatDate(end).split(' ');
  // Drop the parts the two dates share at the end (year, then month).
  let shared = 0;
  while (shared < Math.min(a.length, b.length) - 1 && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  const head = a.slice(0, a.length - shared).join(' ');
  const separator = a.length - shared > 1 ? ' – ' : '–';
  return `${head}${separator}${b.join(' ')}`;
}

/** The interval a date written as YYYY, YYYY-MM or YYYY-MM-DD stands for: its year, month or day. */
function precisionInterval(date: string) {
  const parts = date.split('-').length;
  return parts >= 3 ? utcDay : parts === 2 ? utcMonth : utcYear;
}

/** The instants a range of partial dates covers: from the first instant of `start` to the instant after the last day, month or year of `end`. */
export function dateSpan(start: string, end = start): { start: Date; end: Date } {
  return { start: parseDate(start), end: precisionInterval(end).offset(parseDate(end), 1) };
}

/** An instant as a year with its fraction (1 July 2023 ≈ 2023.496): the year's own length, so 31 December ends at the next year. */
export function yearFraction(instant: Date): number {
  const year = utcYear.floor(instant);
  return year.getUTCFullYear() + (instant.getTime() - year.getTime()) / (utcYear.offset(year, 1).getTime() - year.getTime());
}
