import { expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { buildSite } from '../../src/site/model.ts';

const result = checkCatalog('catalog');

test('the shipped catalog passes the check with no errors', () => {
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

test('get_job_status on the Amazon MQ MCP Server comes out Read / Low with 0 parameters', () => {
  const site = buildSite(result.files.map((f) => f.server));
  const entry = site.tools.find((t) => t.server.server.id === 'amazon-mq' && t.tool.name === 'get_job_status')!;
  expect(entry).toMatchObject({ category: 'Read', risk: 'Low', parameterCount: { total: 0, required: 0 }, url: '/servers/amazon-mq/get-job-status/' });
  expect(entry.server.server).toMatchObject({ name: 'Amazon MQ MCP Server', package: 'awslabs.amazon-mq-mcp-server' });
  expect(entry.summary).toBe('get background job status');
});
