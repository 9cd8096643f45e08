/** The /search/ page: restores the search from the URL, offers filters with counts, and keeps the URL in step. */
import { attachSearch } from './controller.ts';
import { filterNames, loadPagefind, type FilterCounts, type Filters } from './engine.ts';
import { filterLabels, typeValueLabels } from './labels.ts';
import { readSearchState, writeSearchState } from './search-state.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const form = root?.querySelector<HTMLFormElement>('form');
const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
const status = root?.querySelector<HTMLElement>('.search-status');
const results = root?.querySelector<HTMLElement>('.search-results');
const filtersBox = root?.querySelector<HTMLElement>('.search-filters');

function chosenFilters(box: HTMLElement): Filters {
  const filters: Filters = {};
  for (const box_ of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    const name = box_.name as keyof Filters;
    filters[name] = [...(filters[name] ?? []), box_.value];
  }
  return filters;
}

function valueLabel(name: string, value: string): string {
  return name === 'type' ? (typeValueLabels[value] ?? value) : value;
}

/** One fieldset of checkboxes per filter the index has, values sorted (years newest first). */
function renderFilters(box: HTMLElement, all: FilterCounts, chosen: Filters): void {
  const fieldsets = filterNames
    .filter((name) => all[name] && Object.keys(all[name]!).length > 0)
    .map((name) => {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'search-filter';
      const legend = document.createElement('legend');
      legend.textContent = filterLabels[name] ?? name;
      fieldset.append(legend);
      const values = Object.keys(all[name]!).sort((a, b) => (name === 'year' ? b.localeCompare(a) : valueLabel(name, a).localeCompare(valueLabel(name, b))));
      for (const value of values) {
        const label = document.createElement('label');
        const checkbox = document.createElement('input');
        checkbox.type = 'checkbox';
        checkbox.name = name;
        checkbox.value = value;
        checkbox.checked = chosen[name]?.includes(value) ?? false;
        const text = document.createElement('span');
        text.textContent = valueLabel(name, value);
        const count = document.createElement('span');
        count.className = 'search-filter-count';
        count.dataset.filter = `${name}:${value}`;
        label.append(checkbox, ' ', text, ' ', count);
        fieldset.append(label);
      }
      return fieldset;
    });
  box.replaceChildren(...fieldsets);
}

function showCounts(box: HTMLElement, counts: FilterCounts): void {
  for (const count of box.querySelectorAll<HTMLElement>('.search-filter-count')) {
    const [name = '', value = ''] = (count.dataset.filter ?? '').split(/:(.*)/s);
    count.textContent = `(${counts[name]?.[value] ?? 0})`;
  }
}

async function setUp(): Promise<void> {
  if (!root || !form || !input || !status || !results || !filtersBox) return;
  root.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  const state = readSearchState(new URLSearchParams(window.location.search));
  input.value = state.query;
  const controller = attachSearch({
    input,
    status,
    results,
    filters: () => chosenFilters(filtersBox),
    clearFilters: () => {
      for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) box.checked = false;
      void controller.run();
    },
    onShown: (outcome) => {
      showCounts(filtersBox, outcome.counts);
      const params = writeSearchState({ query: input.value, filters: chosenFilters(filtersBox) });
      const url = `${window.location.pathname}${params.size ? `?${params}` : ''}`;
      if (url !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', url);
    },
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void controller.run();
  });
  const pagefind = await loadPagefind();
  renderFilters(filtersBox, await pagefind.filters(), state.filters);
  filtersBox.addEventListener('change', () => void controller.run());
  await controller.run();
  // Shown once the first results are in: on a phone the filters sit below the results, and results arriving above
  // visible filters pushed them down (a layout shift of 0.59 measured at 412 px on a shared ?q= link).
  filtersBox.hidden = false;
}

void setUp();
