import { xmlText as text } from '../site/xml.ts';
import { NAME_WEIGHT, type SearchRecord } from './fields.ts';

// Catalog text is untrusted: escaped as the feeds escape it, it stays text whatever it holds.

/**
 * The words of `paragraphs`, each once (the first spelling of words that differ only in case),
 * without the punctuation around them.
 * Results show a page's meta, never an excerpt of its text, so repeats add nothing people see,
 * while Pagefind's memory and time grow with every word it indexes: over the 20,800 pages of
 * 20,000 synthetic tools in one bundle, each word once took Pagefind's peak from 1.9 GB to
 * 1.5 GB and its time from 42 s to 35 s. What is lost is term frequency, a weak signal beside
 * the weighted name.
 */
export function eachWordOnce(paragraphs: readonly string[]): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const paragraph of paragraphs) {
    for (const token of paragraph.split(/\s+/)) {
      // Punctuation around a word is not part of it (Pagefind drops it too); inside, as in
      // get_job_status or v1.2, it is kept.
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const key = word.toLowerCase();
      if (word === '' || seen.has(key)) continue;
      seen.add(key);
      words.push(word);
    }
  }
  return words.join(' ');
}

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
    `<p>${text(eachWordOnce(record.text))}</p>`,
    `<div data-pagefind-ignore>${tagged('data-pagefind-filter', record.filters)}${tagged('data-pagefind-meta', record.meta)}</div>`,
    '</body></html>',
  ].join('');
}
