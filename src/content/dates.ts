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
