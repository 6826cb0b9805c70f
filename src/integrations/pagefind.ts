import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchDocument } from '../search/document.ts';
import { searchRecords, type SearchRecord } from '../search/fields.ts';
import { searchShards, shardPagesFromEnv } from '../search/shards.ts';
import { getSite } from '../site/load.ts';
import { moveInto, scratchDirs } from '../build/scratch.ts';

/** Throws with every message when Pagefind reports errors, so a broken index fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

const IN_FLIGHT = 16;

/**
 * Indexes search records with Pagefind's Node API and writes the bundle (`pagefind.js`,
 * index, fragments) into `outputPath`. Returns how many pages the index holds.
 */
export async function indexRecords(records: readonly SearchRecord[], outputPath: string): Promise<number> {
  if (records.length === 0) throw new Error('Pagefind was given no pages to index');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // A few documents in flight at a time: Node buffers whatever Pagefind has not read yet
    // (sending all at once held ~300 MB more at 20,000 tools, outside Node's heap cap).
    let next = 0;
    const problems: string[] = [];
    const sender = async () => {
      while (next < records.length) {
        const record = records[next++]!;
        problems.push(...(await index.addHTMLFile({ url: record.url, content: searchDocument(record) })).errors);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
    assertNoErrors('addHTMLFile', problems);
    const written = await index.writeFiles({ outputPath });
    assertNoErrors('writeFiles', written.errors);
    return records.length;
  } finally {
    await pagefind.close();
  }
}

// What Pagefind writes into every bundle for the browser to run: its scripts, styles and
// WebAssembly. A merged bundle is read by the primary bundle's code (its WebAssembly is not
// loaded), so in the others these files are never fetched. Index data (.json, .pf_*) stays.
const RUNTIME_FILE = /\.(?:js|css)$|^wasm\..*\.pagefind$/;

/** Removes Pagefind's runtime files from a bundle that is only merged into the primary one. */
function pruneMergedBundle(dir: string): void {
  for (const name of readdirSync(dir)) if (RUNTIME_FILE.test(name)) rmSync(join(dir, name));
}

/**
 * Indexes the records as bundles of `perShard` pages (see src/search/shards.ts), one after
 * another, each by its own Pagefind process: the first into `outputPath`, the others, index
 * data only, into its `shard-N` folders. Returns how many bundles were written.
 */
export async function indexShards(records: readonly SearchRecord[], outputPath: string, perShard: number): Promise<number> {
  const shards = searchShards(records.length, perShard);
  if (shards.length === 0) throw new Error('Pagefind was given no pages to index');
  for (const shard of shards) {
    const dir = join(outputPath, shard.folder);
    await indexRecords(records.slice(shard.from, shard.to), dir);
    if (shard.folder) pruneMergedBundle(dir);
  }
  return shards.length;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;

/**
 * Builds the search index from the catalog while Astro renders the pages: Pagefind runs in
 * its own process, so on a machine with two cores the index costs the build almost no time.
 * It is written beside the output, in bundles (see indexShards), and moved into `pagefind/`
 * once the pages are done.
 */
export default function pagefindIntegration(): AstroIntegration {
  let scratch = '';
  let indexing: Promise<{ pages: number; bundles: number; ms: number }> | undefined;
  return {
    name: 'atlas-pagefind',
    hooks: {
      // Pages ask `__SEARCH_INDEX__` whether an index will exist: `astro dev` makes none.
      // (Not import.meta.env.DEV: a build run under NODE_ENV=test counts as dev there.)
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SEARCH_INDEX__: JSON.stringify(command === 'build') } } });
      },
      'astro:config:done': ({ config }) => {
        scratch = scratchDirs(fileURLToPath(config.root)).searchIndex;
      },
      'astro:build:start': () => {
        rmSync(scratch, { recursive: true, force: true });
        mkdirSync(scratch, { recursive: true });
        const started = performance.now();
        const records = searchRecords(getSite());
        indexing = indexShards(records, scratch, shardPagesFromEnv()).then((bundles) => ({ pages: records.length, bundles, ms: performance.now() - started }));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const waitStarted = performance.now();
          const { pages, bundles, ms } = await indexing!;
          const waited = performance.now() - waitStarted;
          moveInto(scratch, join(fileURLToPath(dir), 'pagefind'));
          // src/bench reads both figures from this line.
          logger.info(`Pagefind indexed ${pages} pages in ${seconds(ms)} (${bundles === 1 ? 'one bundle' : `${bundles} bundles`}) beside the render; the build waited ${seconds(waited)} for it`);
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}
