/** The facets of /search/, in the order the page shows them; also the URL parameter names. */
export const SEARCH_FILTERS = ['category', 'risk', 'server'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Pagefind's filter shape for "any of these values". */
export type AnyOf = { any: string[] };

/**
 * Pagefind reads several values of one filter as "all of these", and a page has one category,
 * one risk and one server: two ticked boxes in a group would match nothing. Each group's values
 * are asked for as "any of these", as ticked checkboxes mean; groups still narrow each other.
 */
export function anyWithinGroups(filters: Record<string, string[] | string>): Record<string, AnyOf> {
  return Object.fromEntries(
    Object.entries(filters)
      .map(([name, values]) => [name, Array.isArray(values) ? values : [values]] as const)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
}
