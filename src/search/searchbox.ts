// Client side of the header search box: Pagefind's <pagefind-searchbox> with our option layout.
import '@pagefind/component-ui';
import '@pagefind/component-ui/css';
import './search.css';
import { getInstanceManager, type PagefindSearchbox } from '@pagefind/component-ui';
import { mergeShards } from './merge-shards.ts';
import { renderOption } from './result.ts';

mergeShards(getInstanceManager().getInstance('site'));
for (const box of document.querySelectorAll<PagefindSearchbox>('pagefind-searchbox')) {
  box.resultTemplate = renderOption;
  forgetSelectionOnClose(box);
}

/**
 * Pagefind's box forgets which option it marked selected when its list closes but leaves the
 * mark on it: opened again, two options looked selected. The marks go when the list closes.
 */
function forgetSelectionOnClose(box: HTMLElement): void {
  const unmark = () => {
    for (const option of box.querySelectorAll('[data-pf-selected]')) {
      option.removeAttribute('data-pf-selected');
      option.setAttribute('aria-selected', 'false');
    }
  };
  new MutationObserver((changes) => {
    if (changes.some((c) => (c.target as Element).getAttribute('aria-expanded') === 'false')) unmark();
  }).observe(box, { subtree: true, attributes: true, attributeFilter: ['aria-expanded'] });
}
