import { describe, expect, test } from 'vitest';
import { matchIndexSpelling, parseSearchState, searchQuery } from '../../src/search/url-state.ts';

describe('search state in the URL', () => {
  test('reads the term and the facets', () => {
    expect(parseSearchState('?q=purge&category=Destructive')).toEqual({ term: 'purge', filters: { category: ['Destructive'] } });
    expect(parseSearchState('q=a+b&risk=High&risk=Critical&server=Payments%2C+Demo+%26+Co')).toEqual({
      term: 'a b',
      filters: { risk: ['High', 'Critical'], server: ['Payments, Demo & Co'] },
    });
  });

  test('ignores unknown parameters, blanks and repeats', () => {
    expect(parseSearchState('?q=%20&colour=red&category=&category=Read&category=Read')).toEqual({ term: '', filters: { category: ['Read'] } });
  });

  test('writes a stable query, and reading it gives the same search back', () => {
    const state = { term: 'refund & charge', filters: { server: ['Payments, Demo & Co'], category: ['Write', 'Financial'] } };
    const query = searchQuery(state);
    expect(query).toBe('?q=refund+%26+charge&category=Financial&category=Write&server=Payments%2C+Demo+%26+Co');
    expect(parseSearchState(query)).toEqual({ term: state.term, filters: { category: ['Financial', 'Write'], server: state.filters.server } });
  });

  test('an empty search has no query string', () => {
    expect(searchQuery({ term: ' ', filters: { category: [] } })).toBe('');
  });
});

describe('matchIndexSpelling', () => {
  const known = { category: { Read: 3, Financial: 1 }, server: { 'Amazon MQ MCP Server': 4 } };

  test('values are spelled as the index spells them, whatever their case', () => {
    expect(matchIndexSpelling({ category: ['read', 'FINANCIAL'], server: ['amazon mq mcp server'] }, known)).toEqual({
      category: ['Read', 'Financial'],
      server: ['Amazon MQ MCP Server'],
    });
  });

  test('values the index does not know are kept as given, and duplicates made by matching go', () => {
    expect(matchIndexSpelling({ category: ['Read', 'read', 'Nope'], risk: ['low'] }, known)).toEqual({ category: ['Read', 'Nope'], risk: ['low'] });
  });
});
