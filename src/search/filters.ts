/** The facets of /search/, in the order the page shows them; also the URL parameter names. */
export const SEARCH_FILTERS = ['category', 'risk', 'server'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

