import { describe, expect, test } from 'vitest';
import { anyWithinGroups } from '../../src/search/filters.ts';

describe('anyWithinGroups', () => {
  test('the values of each group are asked for as any of them', () => {
    expect(anyWithinGroups({ category: ['Read', 'Write'], risk: ['Low'] })).toEqual({ category: { any: ['Read', 'Write'] }, risk: { any: ['Low'] } });
  });

  test('a single value is a group of one, and an empty group is no filter', () => {
    expect(anyWithinGroups({ server: 'Okta', category: [] })).toEqual({ server: { any: ['Okta'] } });
    expect(anyWithinGroups({})).toEqual({});
  });
});
