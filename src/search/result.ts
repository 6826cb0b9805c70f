import type { PagefindResultData } from '@pagefind/component-ui';
import { count } from '../catalog/words.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  // textContent, never innerHTML: every meta value comes from untrusted catalog text.
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only our own site paths become links; anything else in an index is not followed. */
function safePath(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : '/search/';
}

/** "Destructive · Critical risk · Amazon MQ MCP Server": what a result is, in words; a long server name is what gets cut. */
export function factsLine(meta: Record<string, string>): string {
  if (meta.kind !== 'tool') return meta.tools ? `Server with ${count(Number(meta.tools), 'tool')}` : 'Server';
  return [meta.category, meta.risk && `${meta.risk} risk`, meta.server].filter(Boolean).join(' · ');
}

let optionCount = 0;

/** One option of the header search box's list: the name, then server, category and risk. */
export function renderOption(result: PagefindResultData): HTMLAnchorElement {
  const { meta } = result;
  const option = el('a', 'pf-searchbox-result');
  // The box points aria-activedescendant at the selected option, so each needs an id.
  option.id = `site-search-option-${++optionCount}`;
  option.href = safePath(meta.url || result.url);
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.append(el('p', 'pf-searchbox-result-title', meta.title ?? ''), el('p', 'pf-searchbox-result-excerpt', factsLine(meta)));
  return option;
}

/** One /search/ result: name, server, category and risk badges, and the description's first line. */
export function renderResult(result: PagefindResultData): HTMLLIElement {
  const { meta } = result;
  const item = el('li', 'search-result');
  const title = el('p', 'search-result-title');
  const link = el('a', '');
  link.href = safePath(meta.url || result.url);
  link.append(meta.kind === 'tool' ? el('code', '', meta.title ?? '') : document.createTextNode(meta.title ?? ''));
  title.append(link);
  const facts = el('p', 'search-result-facts');
  facts.append(el('span', 'muted', meta.kind === 'tool' ? `on ${meta.server ?? ''}` : factsLine(meta)));
  if (meta.category) facts.append(' ', el('span', 'badge category', meta.category));
  if (meta.risk) facts.append(' ', el('span', `badge risk-${meta.risk.toLowerCase()}`, `${meta.risk} risk`));
  item.append(title, facts);
  if (meta.summary) item.append(el('p', 'summary', meta.summary));
  return item;
}
