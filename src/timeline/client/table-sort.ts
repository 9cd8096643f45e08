/** The sortable table: buttons in the column headers, aria-sort on the sorted column; ties keep time order. */
import type { TimelineView } from './state.ts';
import { nextSortDirection, sortButtonLabel } from '../sort-label.ts';

export function setupTableSort(view: TimelineView): void {
  const table = view.root.querySelector<HTMLTableElement>('.tl-table')!;
  const body = table.tBodies[0]!;
  const headers = [...table.tHead!.rows[0]!.cells];
  for (const header of headers) {
    const button = header.querySelector('button')!;
    button.disabled = false;
    button.addEventListener('click', () => {
      const key = header.dataset.sortKey!;
      const numeric = header.dataset.sortType === 'number';
      const direction = nextSortDirection(header.getAttribute('aria-sort'));
      const sign = direction === 'ascending' ? 1 : -1;
      const value = (row: HTMLTableRowElement) => row.getAttribute(`data-sort-${key}`) ?? '';
      const sorted = [...view.rows].sort((a, b) => {
        const byKey = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
        return sign * byKey || view.order.indexOf(a.dataset.id!) - view.order.indexOf(b.dataset.id!);
      });
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      for (const other of headers) other.querySelector('button')!.setAttribute('aria-label', sortButtonLabel(other.textContent!.trim(), other.getAttribute('aria-sort')));
      body.append(...sorted);
    });
  }
}
