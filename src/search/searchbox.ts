// Client side of the header search box: Pagefind's <pagefind-searchbox> with our option layout.
import '@pagefind/component-ui';
import '@pagefind/component-ui/css';
import './search.css';
import type { PagefindSearchbox } from '@pagefind/component-ui';
import { renderOption } from './result.ts';

for (const box of document.querySelectorAll<PagefindSearchbox>('pagefind-searchbox')) box.resultTemplate = renderOption;
