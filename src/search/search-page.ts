// Client side of /search/: Pagefind's components, our result layout, and the search kept in the URL.
import '@pagefind/component-ui';
import '@pagefind/component-ui/css';
import './search.css';
import { getInstanceManager, type PagefindResults } from '@pagefind/component-ui';
import { count } from '../catalog/words.ts';
import { anyWithinGroups, type AnyOf } from './filters.ts';
import { mergeShards } from './merge-shards.ts';
import { renderResult } from './result.ts';
import { matchIndexSpelling, parseSearchState, searchQuery } from './url-state.ts';

const instance = getInstanceManager().getInstance('page');
mergeShards(instance);
const results = document.querySelector<PagefindResults>('pagefind-results');
if (results) results.resultTemplate = renderResult;

instance.on('error', () => {
  document.getElementById('search-unavailable')?.removeAttribute('hidden');
});

function keepInUrl(term: unknown, filters: unknown): void {
  const query = searchQuery({ term: String(term ?? ''), filters: (filters ?? {}) as Record<string, string[]> });
  if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}`);
}

type Filters = Record<string, string[] | string | AnyOf>;
type FilterCounts = Record<string, Record<string, number>>;
type PagefindSearch = (term: string | null, options?: { filters?: Filters }) => Promise<{ filters?: FilterCounts } | null>;

/**
 * The filter pane sends each group's ticked values as a list; Pagefind is asked for any of them.
 * A ticked group's own counts then come from the same search without that group, so its other
 * values stay visible with what ticking them would add (as faceted search does elsewhere).
 */
function searchAnyWithinGroups(): void {
  // The loaded Pagefind is a private field of the component's instance: the e2e test of two
  // ticked categories fails if a new @pagefind/component-ui moves it.
  const pagefind = (instance as unknown as { __pagefind__?: { search: PagefindSearch } }).__pagefind__;
  if (!pagefind) return;
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (term, options) => {
    if (!options?.filters) return search(term, options);
    const asked = anyWithinGroups(options.filters as Record<string, string[] | string>);
    const groups = Object.keys(asked);
    const [result, ...withoutEach] = await Promise.all([
      search(term, { ...options, filters: asked }),
      ...groups.map((group) => search(term, { ...options, filters: Object.fromEntries(Object.entries(asked).filter(([name]) => name !== group)) })),
    ]);
    groups.forEach((group, i) => {
      const counts = withoutEach[i]?.filters?.[group];
      if (result?.filters && counts) result.filters[group] = counts;
    });
    return result;
  };
}

/** When the words match but the ticked filters leave nothing, say so and offer to clear them. */
function explainFilteredOut(): void {
  const note = document.getElementById('search-filtered-out');
  const words = note?.querySelector('[data-count]');
  if (!note || !words) return;
  note.querySelector('button')?.addEventListener('click', () => instance.triggerFilters({}));
  instance.on('results', (found: unknown) => {
    const { results = [], unfilteredResultCount = 0 } = (found ?? {}) as { results?: unknown[]; unfilteredResultCount?: number };
    const filtered = Object.values(instance.searchFilters ?? {}).some((values) => values.length > 0);
    const hidden = !(filtered && results.length === 0 && unfilteredResultCount > 0);
    // textContent: the search words are whatever was typed or put in the URL.
    if (!hidden) words.textContent = `${count(unfilteredResultCount, 'result')}${instance.searchTerm ? ` for “${instance.searchTerm}”` : ''}`;
    note.hidden = hidden;
  });
}

const initial = parseSearchState(location.search);
explainFilteredOut();
instance.on('search', keepInUrl);
void instance.triggerLoad().then(() => {
  searchAnyWithinGroups();
  // Faceted: filters alone, with no words, list what they match (/search/?category=Financial).
  // Set after loading, not as <pagefind-config faceted>: then Pagefind runs an empty search
  // when the index arrives, which would replace a search typed or restored meanwhile.
  instance.faceted = true;
  const untouched = instance.searchTerm === '' && Object.keys(instance.searchFilters ?? {}).length === 0;
  if (untouched && (initial.term || Object.keys(initial.filters).length > 0)) {
    const filters = matchIndexSpelling(initial.filters, instance.totalFilters ?? {});
    instance.triggerSearchWithFilters(initial.term, filters as Record<string, string[]>);
  }
});
