import { expect, test, vi } from 'vitest';
import { SHARD_PAGES, extraBundlePaths, searchShards, shardPagesFromEnv } from '../../src/search/shards.ts';
import type { Site } from '../../src/site/model.ts';

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

test("a site's extra bundle paths: every search page counted, worked out once per site", () => {
  vi.stubEnv('ATLAS_SEARCH_SHARD_PAGES', '3');
  try {
    // Two server pages and five tool pages: seven records, three bundles of three.
    const site = { servers: [{}, {}], tools: [{}, {}, {}, {}, {}] } as unknown as Site;
    const paths = extraBundlePaths(site);
    expect(paths).toEqual(['/pagefind/shard-2/', '/pagefind/shard-3/']);
    expect(extraBundlePaths(site)).toBe(paths);
    expect(extraBundlePaths({ servers: [{}], tools: [{}] } as unknown as Site)).toEqual([]);
  } finally {
    vi.unstubAllEnvs();
  }
});
