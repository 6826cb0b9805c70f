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

/**
 * A URL's filter values spelled as the index spells them, matched without regard to case:
 * `/search/?category=read` (as in /categories/read/) ticks Read. Values the index does not
 * know stay as they are, and then match nothing, as before.
 */
export function matchIndexSpelling(filters: SearchState['filters'], known: Partial<Record<string, Record<string, number>>>): SearchState['filters'] {
  const matched: SearchState['filters'] = {};
  for (const [name, values] of Object.entries(filters) as [SearchFilter, string[]][]) {
    const spelled = new Map(Object.keys(known[name] ?? {}).map((v) => [v.toLowerCase(), v]));
    matched[name] = [...new Set(values.map((v) => spelled.get(v.toLowerCase()) ?? v))];
  }
  return matched;
}
