/** Wires a search input to Pagefind: searches as the reader types, renders grouped hits and announces their number. */
import { loadPagefind, searchSite, type Filters, type SearchOutcome } from './engine.ts';
import { messages, outcomeText } from './labels.ts';
import { enableArrowKeys, renderHits, renderNoResults } from './results.ts';

export interface SearchParts {
  input: HTMLInputElement;
  /** A live region: the number of results is announced there. */
  status: HTMLElement;
  results: HTMLElement;
  headingLevel?: 'h2' | 'h3';
  /** The filters to apply to each search (the /search/ page has them; the dialog does not). */
  filters?: () => Filters;
  /** Unticks every filter (offered when the filters emptied the list). */
  clearFilters?: () => void;
  /** Called after each search is shown, e.g. to update the URL and the filter counts. */
  onShown?: (outcome: SearchOutcome) => void;
}

export interface SearchController {
  /** Runs the search for the input's current value now. */
  run: () => Promise<void>;
}

export function attachSearch(parts: SearchParts): SearchController {
  const { input, status, results } = parts;
  let sequence = 0;

  const run = async () => {
    const mine = ++sequence;
    const filters = parts.filters?.() ?? {};
    const query = input.value;
    results.setAttribute('aria-busy', 'true');
    try {
      const outcome = await searchSite(query, filters);
      if (mine !== sequence) return; // a newer search has started
      if (outcome.hits.length > 0) renderHits(results, outcome.hits, parts.headingLevel);
      else if (outcome.query || outcome.filtered) renderNoResults(results, outcome, parts.clearFilters);
      else results.replaceChildren();
      status.textContent = outcome.query || outcome.filtered ? outcomeText(outcome) : messages.prompt;
      // What the list shows now: tests and the URL read it.
      results.dataset.query = query;
      parts.onShown?.(outcome);
    } catch (error) {
      if (mine !== sequence) return;
      status.textContent = import.meta.env.DEV ? messages.failedInDev : messages.failed;
      results.replaceChildren();
      results.dataset.query = query;
      console.error(error);
    } finally {
      if (mine === sequence) results.removeAttribute('aria-busy');
    }
  };

  // No pause after a keystroke: a search takes a few milliseconds once the index is in, and a newer one supersedes it.
  input.addEventListener('input', () => void run());
  enableArrowKeys(input, results);
  status.textContent = messages.loading;
  loadPagefind().then(
    () => {
      if (sequence === 0) status.textContent = messages.prompt;
    },
    () => {
      status.textContent = import.meta.env.DEV ? messages.failedInDev : messages.failed;
    },
  );
  return { run };
}
