import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { buildSite, toolCountLine } from '../../src/site/model.ts';

const site = buildSite(checkCatalog('test/fixtures/minimal').files.map((f) => f.server));
const tool = (name: string) => site.tools.find((t) => t.tool.name === name)!;

describe('buildSite', () => {
  test('gives every tool a stable URL under its server', () => {
    expect(site.tools.map((t) => t.url)).toEqual([
      '/servers/demo/get-job-status/',
      '/servers/demo/files-write-text/',
      '/servers/demo/delete-everything/',
    ]);
  });

  test('risk follows from category', () => {
    expect(tool('get_job_status')).toMatchObject({ category: 'Read', risk: 'Low' });
    expect(tool('delete_everything')).toMatchObject({ category: 'Destructive', risk: 'Critical' });
  });

  test('a contributor-set category is an override, shown as reviewed with its rationale', () => {
    expect(tool('delete_everything').classification).toMatchObject({
      origin: 'reviewed',
      rationale: 'It removes all records and cannot be undone.',
      evidence: ['description: "Deletes every record."'],
    });
    expect(tool('get_job_status').classification.origin).toBe('derived');
  });

  test('counts per server and for the whole catalog agree', () => {
    const server = site.servers[0]!;
    expect(server.tools).toHaveLength(3);
    expect(server.modifyingCount).toBe(2);
    expect(Object.values(server.categoryCounts).reduce((a, b) => a + b)).toBe(3);
    expect(site.categoryCounts).toEqual(server.categoryCounts);
    expect(server.groups.map((g) => g.category)).toEqual(Object.entries(server.categoryCounts).filter(([, n]) => n > 0).map(([c]) => c));
  });

  test('a server is summed up in words that agree with its count', () => {
    const server = site.servers[0]!;
    expect(toolCountLine(server)).toBe('3 tools, 2 can modify data');
    expect(toolCountLine({ ...server, tools: server.tools.slice(0, 1), modifyingCount: 0 })).toBe('1 tool, 0 can modify data');
  });

  test('the parameter table and counts come from the input schema', () => {
    const t = tool('files.writeText');
    expect(t.parameterCount).toEqual({ total: 3, required: 1 });
    expect(t.parameters.map((p) => p.name)).toEqual(['path', 'content', 'options', 'options.mode']);
  });
});
