// Client side of the header search box: Pagefind's <pagefind-searchbox> with our option layout.
import '@pagefind/component-ui';
import '@pagefind/component-ui/css';
import './search.css';
import { getInstanceManager, type PagefindSearchbox } from '@pagefind/component-ui';
import { mergeShards } from './merge-shards.ts';
import { renderOption } from './result.ts';

mergeShards(getInstanceManager().getInstance('site'));
for (const box of document.querySelectorAll<PagefindSearchbox>('pagefind-searchbox')) box.resultTemplate = renderOption;
