/** Wires a search input to Pagefind: searches as the reader types, renders grouped hits and announces their number. */
import { loadPagefind, searchSite, type Filters, type SearchOutcome } from './engine.ts';
import { messages, resultCountText } from './labels.ts';
import { enableArrowKeys, renderHits } from './results.ts';

export interface SearchParts {
  input: HTMLInputElement;
  /** A live region: the number of results is announced there. */
  status: HTMLElement;
  results: HTMLElement;
  headingLevel?: 'h2' | 'h3';
  /** The filters to apply to each search (the /search/ page has them; the dialog does not). */
  filters?: () => Filters;
  /** Called after each search is shown, e.g. to update the URL and the filter counts. */
  onShown?: (outcome: SearchOutcome) => void;
}

export interface SearchController {
  /** Runs the search for the input's current value now. */
  run: () => Promise<void>;
}

/** Waits this long after a keystroke before searching, so fast typing runs one search. */
const typingPause = 120;

export function attachSearch(parts: SearchParts): SearchController {
  const { input, status, results } = parts;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const mine = ++sequence;
    const filters = parts.filters?.() ?? {};
    const query = input.value;
    results.setAttribute('aria-busy', 'true');
    try {
      const outcome = await searchSite(query, filters);
      if (mine !== sequence) return; // a newer search has started
      renderHits(results, outcome.hits, parts.headingLevel);
      const filtered = Object.values(filters).some((values) => values && values.length > 0);
      status.textContent = outcome.query || filtered ? resultCountText(outcome.hits.length, outcome.query) : messages.prompt;
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

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, typingPause);
  });
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
