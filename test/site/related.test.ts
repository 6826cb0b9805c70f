import { expect, test } from 'vitest';
import type { Server } from '../../src/catalog/schema/server.ts';
import { buildSite } from '../../src/site/model.ts';
import { relatedGroups } from '../../src/site/related.ts';

const server = (names: string[]): Server => ({
  id: 's',
  name: 'S',
  package: 'npm:s',
  description: '',
  added: '2025-01-01',
  updated: '2025-01-01',
  tools: names.map((name) => ({ name, inputSchema: { type: 'object' } })),
});

const site = buildSite([server(['get_a', 'get_b', 'get_c', 'list_d', 'delete_e', 'create_f'])]);
const tool = (name: string) => site.tools.find((t) => t.tool.name === name)!;

test('lists other tools per category, never the tool itself, with the full count', () => {
  const groups = relatedGroups(tool('get_b'), 2);
  const read = groups.find((g) => g.category === 'Read')!;
  expect(read.others).toBe(3);
  expect(read.tools.map((t) => t.tool.name)).toEqual(['get_a', 'get_c']);
  expect(groups.map((g) => g.category)).toEqual(['Read', 'Write', 'Destructive']);
});

test('leaves out a category whose only tool is this one', () => {
  const groups = relatedGroups(tool('delete_e'), 8);
  expect(groups.map((g) => g.category)).toEqual(['Read', 'Write']);
  expect(groups.find((g) => g.category === 'Read')!.tools).toHaveLength(4);
});

test('shows at most perCategory tools on a large server', () => {
  const big = buildSite([server(Array.from({ length: 500 }, (_, i) => `get_item_${i}`))]);
  const groups = relatedGroups(big.tools[0]!, 8);
  expect(groups[0]!.tools).toHaveLength(8);
  expect(groups[0]!.others).toBe(499);
  expect(groups[0]!.tools).not.toContain(big.tools[0]);
});
