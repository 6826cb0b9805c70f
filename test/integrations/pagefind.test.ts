import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { indexRecords } from '../../src/integrations/pagefind.ts';
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
