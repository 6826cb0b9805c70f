import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Throws with every message when Pagefind reports errors, so a broken index fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, writing
 * `pagefind/` next to the pages. Only pages marked `data-pagefind-body` are indexed.
 */
export async function indexSite(dir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: dir });
    assertNoErrors('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${dir}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    assertNoErrors('writeFiles', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      // Pages ask `__SEARCH_INDEX__` whether an index will exist: `astro dev` makes none.
      // (Not import.meta.env.DEV: a build run under NODE_ENV=test counts as dev there.)
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SEARCH_INDEX__: JSON.stringify(command === 'build') } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages`);
      },
    },
  };
}
