import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { renderedOutputs } from '../../src/bench/dist.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(root: string, paths: string[]): string {
  for (const path of paths) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), 'x');
  }
  return root;
}

test("renderedOutputs counts Astro's pages and other route files, not Pagefind's, Vite's or public/'s", () => {
  const publicDir = files(join(work, 'public'), ['favicon.svg', 'icons/search.svg']);
  const dist = files(join(work, 'dist'), [
    'index.html',
    'servers/a/tool/index.html',
    'api/tools/a/tool.json',
    'policies/a.cedar',
    'pagefind/pagefind.js',
    'pagefind/fragment/en_1.pf_fragment',
    '_astro/page.js',
    'favicon.svg',
    'icons/search.svg',
    // Same name as a public file, elsewhere: Astro rendered it.
    'servers/favicon.svg',
  ]);
  expect(renderedOutputs(dist, publicDir)).toEqual({ pages: 2, otherFiles: 3 });
});

test('renderedOutputs without a public folder counts every file outside Pagefind and Vite', () => {
  const dist = files(join(work, 'bare'), ['index.html', 'feed.xml', 'pagefind/x.js']);
  expect(renderedOutputs(dist, join(work, 'no-such-folder'))).toEqual({ pages: 1, otherFiles: 1 });
});
