import { SEARCH_FILTERS, type SearchFilter } from './filters.ts';

/** The search state a shared URL carries: `/search/?q=purge&category=Destructive`. */
export interface SearchState {
  term: string;
  filters: Partial<Record<SearchFilter, string[]>>;
}

/** Reads a search URL's query; unknown parameters and empty values are ignored. */
export function parseSearchState(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  return { term: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a search state, in a stable order so equal searches share one URL. */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.term.trim()) params.set('q', state.term.trim());
  for (const name of SEARCH_FILTERS) {
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
