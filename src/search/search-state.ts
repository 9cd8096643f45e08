/** Reads and writes a search (query and filters) as /search/ URL parameters, so a search can be shared: ?q=second+front&type=quote. */
import { filterNames, type Filters } from './engine.ts';

export interface SearchState {
  query: string;
  filters: Filters;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Filters = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { query: params.get('q') ?? '', filters };
}

export function writeSearchState({ query, filters }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const name of filterNames) for (const value of filters[name] ?? []) params.append(name, value);
  return params;
}
