import { xmlText as text } from '../site/xml.ts';
import { NAME_WEIGHT, type SearchRecord } from './fields.ts';

// Catalog text is untrusted: escaped as the feeds escape it, it stays text whatever it holds.

/**
 * The small HTML document Pagefind indexes for one page, built from the catalog rather than
 * read back from the rendered page: a tool page is ~50 KB, most of it policy snippets and FAQ
 * prose that every page shares, while what people search by is a few hundred bytes. Built
 * from data, the index can also be made while Astro renders (see src/integrations/pagefind.ts).
 */
export function searchDocument(record: SearchRecord): string {
  const tagged = (attribute: string, fields: Record<string, string | undefined>) =>
    Object.entries(fields)
      .filter((field): field is [string, string] => field[1] !== undefined)
      .map(([name, value]) => `<span ${attribute}="${name}">${text(value)}</span>`)
      .join('');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body data-pagefind-body>',
    `<p data-pagefind-weight="${NAME_WEIGHT}">${text(record.nameForms)}</p>`,
    ...record.text.map((paragraph) => `<p>${text(paragraph)}</p>`),
    `<div data-pagefind-ignore>${tagged('data-pagefind-filter', record.filters)}${tagged('data-pagefind-meta', record.meta)}</div>`,
    '</body></html>',
  ].join('');
}
