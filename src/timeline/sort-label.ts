/** The accessible name of a table column's sort button: what a press does, in words ("Sort by date, descending"); the arrow is decoration. */
export type SortDirection = 'ascending' | 'descending';

/** The direction a press on a column's button sorts by: the other way when the column is already sorted ascending. */
export function nextSortDirection(current: string | null): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}

export function sortButtonLabel(column: string, current: string | null): string {
  return `Sort by ${column.toLowerCase()}, ${nextSortDirection(current)}`;
}
