import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { eachWordOnce, searchDocument } from '../../src/search/document.ts';
import { NAME_WEIGHT, type SearchRecord } from '../../src/search/fields.ts';

const record: SearchRecord = {
  url: '/servers/demo/run-script/',
  kind: 'tool',
  filters: { category: 'Execute', risk: 'High', server: 'Demo & Co' },
  meta: { title: 'run_script', kind: 'tool', server: 'Demo & Co' },
  nameForms: 'run_script run script runscript',
  text: ['Runs a script.', 'path Where the script lives'],
};

describe('searchDocument', () => {
  test('marks the name forms at top weight, the text as body, filters and meta as such', () => {
    const doc = parse(searchDocument(record));
    const body = doc.querySelector('body[data-pagefind-body]')!;
    expect(body).not.toBeNull();
    expect(doc.querySelector(`p[data-pagefind-weight="${NAME_WEIGHT}"]`)!.text).toBe(record.nameForms);
    expect(doc.querySelectorAll('p:not([data-pagefind-weight])').map((p) => p.text)).toEqual(['Runs a script path Where the lives']);
    const tagged = (attr: string) =>
      Object.fromEntries(doc.querySelectorAll(`[${attr}]`).map((el) => [el.getAttribute(attr), el.text]));
    expect(tagged('data-pagefind-filter')).toEqual(record.filters);
    expect(tagged('data-pagefind-meta')).toEqual(record.meta);
    // Filters and meta are not searched as words of the page.
    expect(doc.querySelector('[data-pagefind-ignore]')!.querySelectorAll('[data-pagefind-filter]')).toHaveLength(3);
  });

  test('catalog text stays text: markup in it cannot add elements or attributes', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script></p><p data-pagefind-weight="10">&amp; \' "';
    const doc = parse(
      searchDocument({
        ...record,
        nameForms: hostile,
        text: [hostile],
        filters: { server: hostile },
        meta: { title: hostile },
      }),
    );
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.querySelectorAll('[data-pagefind-weight]')).toHaveLength(1);
    // The body keeps the markup inside words (`alert(1)"><script>alert(2)</script></p><p`): still text.
    expect(eachWordOnce([hostile])).toContain('<script>');
    expect(doc.querySelectorAll('p').map((p) => p.text)).toEqual([hostile, eachWordOnce([hostile])]);
    expect(doc.querySelector('[data-pagefind-meta="title"]')!.text).toBe(hostile);
    expect(doc.querySelector('[data-pagefind-filter="server"]')!.text).toBe(hostile);
  });
});

describe('eachWordOnce', () => {
  test('keeps the first spelling of each word, in order, across paragraphs', () => {
    expect(eachWordOnce(['Purge the queue.', 'queue Name of the Queue to purge', '  '])).toBe('Purge the queue Name of to');
  });

  test('punctuation around a word goes, punctuation inside stays', () => {
    expect(eachWordOnce(['"get_job_status", (v1.2) — **bold**: get_job_status!'])).toBe('get_job_status v1.2 bold');
  });

  test('nothing to say, nothing said', () => {
    expect(eachWordOnce([])).toBe('');
    expect(eachWordOnce(['', ' \n '])).toBe('');
  });
});
