import type { Site } from '../site/model.ts';
import { searchRecordCount } from './fields.ts';

/**
 * Pages per Pagefind bundle. Pagefind keeps everything it indexes in memory until it writes
 * the bundle, and at that moment needs ~90 KB a page (measured at 20,000 tools), so a large
 * catalog is indexed as several bundles, one Pagefind process after another, and the
 * browser merges them (Pagefind's mergeIndex: one WebAssembly module, results ranked together,
 * filter counts summed).
 */
export const SHARD_PAGES = 5_000;

export interface SearchShard {
  /** Where the bundle is served; the first is the primary bundle Pagefind's UI loads. */
  bundlePath: string;
  /** The same inside the built site, relative to the bundle folder of the first (`''` for the first). */
  folder: string;
  /** The slice of the search records this bundle holds. */
  from: number;
  to: number;
}

/** The bundles `pages` search records are split into, `perShard` pages each (the last may hold fewer). */
export function searchShards(pages: number, perShard: number = SHARD_PAGES): SearchShard[] {
  if (!Number.isInteger(perShard) || perShard < 1) throw new Error(`pages per search bundle must be a positive integer, not ${perShard}`);
  const shards: SearchShard[] = [];
  for (let from = 0, n = 1; from < pages; from += perShard, n++) {
    const folder = n === 1 ? '' : `shard-${n}`;
    shards.push({ bundlePath: `/pagefind/${folder ? `${folder}/` : ''}`, folder, from, to: Math.min(pages, from + perShard) });
  }
  return shards;
}

/**
 * Pages per bundle for this build: SHARD_PAGES, or `ATLAS_SEARCH_SHARD_PAGES` when set, so that
 * tests can split a small fixture catalog into several bundles.
 */
export function shardPagesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ATLAS_SEARCH_SHARD_PAGES;
  if (raw === undefined || raw === '') return SHARD_PAGES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`ATLAS_SEARCH_SHARD_PAGES must be a positive integer, not "${raw}"`);
  return n;
}

const extraBundles = new WeakMap<Site, string[]>();

/**
 * Where this site's bundles besides the primary one are served, for the header of every page
 * to list: worked out once per site rather than once per page.
 */
export function extraBundlePaths(site: Site): string[] {
  let paths = extraBundles.get(site);
  if (!paths) {
    paths = searchShards(searchRecordCount(site), shardPagesFromEnv()).slice(1).map((shard) => shard.bundlePath);
    extraBundles.set(site, paths);
  }
  return paths;
}
