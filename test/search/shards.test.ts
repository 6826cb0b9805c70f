import { expect, test } from 'vitest';
import { SHARD_PAGES, searchShards, shardPagesFromEnv } from '../../src/search/shards.ts';

test('one bundle at /pagefind/ while the pages fit in one', () => {
  expect(searchShards(SHARD_PAGES)).toEqual([{ bundlePath: '/pagefind/', folder: '', from: 0, to: SHARD_PAGES }]);
});

test('more pages than a bundle holds: consecutive slices, the first at /pagefind/, the rest in shard-N folders', () => {
  expect(searchShards(7, 3)).toEqual([
    { bundlePath: '/pagefind/', folder: '', from: 0, to: 3 },
    { bundlePath: '/pagefind/shard-2/', folder: 'shard-2', from: 3, to: 6 },
    { bundlePath: '/pagefind/shard-3/', folder: 'shard-3', from: 6, to: 7 },
  ]);
});

test('no pages, no bundles; a bundle size that is not a positive integer is refused', () => {
  expect(searchShards(0)).toEqual([]);
  expect(() => searchShards(10, 0)).toThrow(/positive integer/);
  expect(() => searchShards(10, 2.5)).toThrow(/positive integer/);
});

test('the bundle size comes from ATLAS_SEARCH_SHARD_PAGES when set, and a bad value is named', () => {
  expect(shardPagesFromEnv({})).toBe(SHARD_PAGES);
  expect(shardPagesFromEnv({ ATLAS_SEARCH_SHARD_PAGES: '20' })).toBe(20);
  expect(() => shardPagesFromEnv({ ATLAS_SEARCH_SHARD_PAGES: 'many' })).toThrow(/ATLAS_SEARCH_SHARD_PAGES must be a positive integer, not "many"/);
});
