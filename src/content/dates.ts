/** How dates read on the site: "2 May 2024", "May 2024" or "2024", by the precision they are written with. */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
