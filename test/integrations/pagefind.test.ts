import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { indexRecords, indexShards } from '../../src/integrations/pagefind.ts';
import type { SearchRecord } from '../../src/search/fields.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));

const record: SearchRecord = {
  url: '/servers/amazon-mq/get-job-status/',
  kind: 'tool',
  filters: { category: 'Read', risk: 'Low', server: 'Amazon MQ MCP Server' },
  meta: { title: 'get_job_status', kind: 'tool' },
  nameForms: 'get_job_status get job status getjobstatus',
  text: ['Gets the status of a job.'],
};

test('indexes records and writes the bundle into the folder it is given', async () => {
  const dir = tempDir();
  expect(await indexRecords([record, { ...record, url: '/servers/amazon-mq/', kind: 'server', filters: {} }], dir)).toBe(2);
  expect(existsSync(join(dir, 'pagefind.js'))).toBe(true);
  expect(existsSync(join(dir, 'pagefind-entry.json'))).toBe(true);
});

test('nothing to index fails, so the build fails', async () => {
  await expect(indexRecords([], tempDir())).rejects.toThrow(/no pages to index/);
});

test('indexes in bundles of the given size: the first in the folder, the others in shard-N folders', async () => {
  const dir = tempDir();
  const records = Array.from({ length: 5 }, (_, i) => ({ ...record, url: `/servers/amazon-mq/tool-${i}/` }));
  expect(await indexShards(records, dir, 2)).toBe(3);
  for (const bundle of ['', 'shard-2', 'shard-3']) expect(existsSync(join(dir, bundle, 'pagefind-entry.json'))).toBe(true);
  expect(existsSync(join(dir, 'shard-4'))).toBe(false);
  // Each bundle holds its own slice: the last one only the fifth page.
  const entry = (bundle: string) => JSON.parse(readFileSync(join(dir, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(Object.values(entry('').languages)[0]!.page_count).toBe(2);
  expect(Object.values(entry('shard-3').languages)[0]!.page_count).toBe(1);
});

test('a merged bundle keeps its index data but not the scripts, styles and WebAssembly the primary one serves', async () => {
  const dir = tempDir();
  const records = Array.from({ length: 3 }, (_, i) => ({ ...record, url: `/servers/amazon-mq/tool-${i}/` }));
  await indexShards(records, dir, 2);
  const primary = readdirSync(dir);
  for (const runtime of ['pagefind.js', 'pagefind-worker.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'wasm.en.pagefind']) expect(primary).toContain(runtime);
  const merged = readdirSync(join(dir, 'shard-2'));
  expect(merged.filter((name) => /\.(js|css)$|^wasm\./.test(name))).toEqual([]);
  expect(merged).toContain('pagefind-entry.json');
  expect(merged.some((name) => name.endsWith('.pf_meta'))).toBe(true);
  for (const folder of ['index', 'filter', 'fragment']) expect(readdirSync(join(dir, 'shard-2', folder)).length).toBeGreaterThan(0);
});
