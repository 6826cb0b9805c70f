// The site-wide checks on the real site built from the shipped catalog: 0 problems.
import { rmSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SITE_URL } from '../../src/site/config.ts';
import { checkBuiltSite } from '../../src/verify/checks.ts';
import { filesOf, formatProblem, urlOfFile } from '../../src/verify/site.ts';
import { buildCatalog, ROOT } from '../helpers/build.ts';

test('every page built from the shipped catalog passes markup, link, CSP and inertness checks', async () => {
  const build = await buildCatalog('catalog');
  expect(build.ok, build.stderr).toBe(true);
  expect([...filesOf(build.outDir)].filter((f) => f.endsWith('.html')).map(urlOfFile)).toContain('/about/');
  expect(checkBuiltSite(build.outDir, { root: ROOT, siteUrl: SITE_URL }).map(formatProblem)).toEqual([]);
  rmSync(build.outDir, { recursive: true, force: true });
});
