import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';

// Valid files take the fast path in checkCatalog; these make sure that every kind of problem
// still comes back with the position the careful path gives.
function catalogOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fast-'));
  mkdirSync(join(dir, 'servers'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'servers', name), text);
  return dir;
}
const server = (id: string, tools: string) =>
  `id: ${id}\nname: ${id}\npackage: npm:${id}\ndescription: A server.\nadded: 2025-01-01\nupdated: 2025-01-02\ntools:\n${tools}`;
const tool = (name: string) => `  - name: ${name}\n    inputSchema:\n      type: object\n`;

test('valid files pass with no diagnostics', () => {
  const result = checkCatalog(catalogOf({ 'a.yaml': server('a', tool('get_x') + tool('get_y')) }), { now: new Date('2025-02-01') });
  expect(result.diagnostics).toEqual([]);
  expect(result.files[0]!.server.tools.map((t) => t.name)).toEqual(['get_x', 'get_y']);
});

test('a schema error is reported at its line', () => {
  const result = checkCatalog(catalogOf({ 'a.yaml': server('a', tool('get_x') + '  - name: 5\n    inputSchema:\n      type: object\n') }));
  expect(result.errorCount).toBe(1);
  expect(result.diagnostics[0]).toMatchObject({ line: 11, path: 'tools[1].name' });
});

test('a rule error in a file that passes the schema is reported at its line', () => {
  const result = checkCatalog(catalogOf({ 'a.yaml': server('a', tool('get_x') + tool('getX')) }));
  expect(result.errorCount).toBe(1);
  expect(result.diagnostics[0]).toMatchObject({ line: 11, message: expect.stringContaining('would share the page') });
});

test('a duplicate id across files is located in a file read the fast way', () => {
  const result = checkCatalog(catalogOf({ 'a.yaml': server('a', tool('get_x')), 'b.yaml': server('a', tool('get_x')) }));
  expect(result.diagnostics.map((d) => [d.message.includes('already the id'), d.line, d.column])).toContainEqual([true, 1, 5]);
});
