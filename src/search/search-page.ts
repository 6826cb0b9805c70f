// Client side of /search/: Pagefind's components, our result layout, and the search kept in the URL.
import '@pagefind/component-ui';
import '@pagefind/component-ui/css';
import './search.css';
import { getInstanceManager, type PagefindResults } from '@pagefind/component-ui';
import { mergeShards } from './merge-shards.ts';
import { renderResult } from './result.ts';
import { parseSearchState, searchQuery } from './url-state.ts';

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

const initial = parseSearchState(location.search);
instance.on('search', keepInUrl);
void instance.triggerLoad().then(() => {
  // Faceted: filters alone, with no words, list what they match (/search/?category=Financial).
  // Set after loading, not as <pagefind-config faceted>: then Pagefind runs an empty search
  // when the index arrives, which would replace a search typed or restored meanwhile.
  instance.faceted = true;
  const untouched = instance.searchTerm === '' && Object.keys(instance.searchFilters ?? {}).length === 0;
  if (untouched && (initial.term || Object.keys(initial.filters).length > 0)) {
    instance.triggerSearchWithFilters(initial.term, initial.filters as Record<string, string[]>);
  }
});
