import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));

test('indexes a built folder and writes the bundle next to the pages', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'tool'));
  writeFileSync(join(dir, 'tool', 'index.html'), '<html lang="en"><body><main data-pagefind-body><h1>get_job_status</h1></main></body></html>');
  expect(await indexSite(dir)).toBe(1);
  expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
});

test('a folder with nothing to index fails, so the build fails', async () => {
  await expect(indexSite(tempDir())).rejects.toThrow(/no pages to index/);
});
