// Client side: a large catalog's index comes as several Pagefind bundles (src/search/shards.ts).
import type { Instance } from '@pagefind/component-ui';

/**
 * Points a Pagefind instance at the bundles besides the primary one, as the header's
 * `data-search-shards` lists them. Must run before the instance loads its index: Pagefind
 * reads the list once, when it loads.
 */
export function mergeShards(instance: Instance): void {
  const listed = document.querySelector<HTMLElement>('[data-search-shards]')?.dataset.searchShards ?? '';
  instance.options.mergeIndex = listed.split(' ').filter((path) => path !== '').map((bundlePath) => ({ bundlePath }));
}
