import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { catalogDir, roughCatalogToolCount, roughToolCount } from '../../src/catalog/folder.ts';

const count = (text: string) => roughToolCount(Buffer.from(text));

test('the catalog folder is CATALOG_DIR when set, else catalog/', () => {
  expect(catalogDir({ CATALOG_DIR: 'some/where' })).toBe(resolve('some/where'));
  expect(catalogDir({})).toBe(resolve('catalog'));
});

test('tools are counted by their inputSchema keys, in block or flow style, quoted or not', () => {
  const block = 'tools:\n  - name: a\n    inputSchema:\n      type: object\n  - name: b\n    inputSchema: {type: object}\n';
  expect(count(block)).toBe(2);
  expect(count('tools: [{name: a, inputSchema: {}}, {"name": "b", "inputSchema" : {}}, {\'inputSchema\':\t{}}]')).toBe(3);
});

test('the word without a colon after it is not a key', () => {
  expect(count('description: Takes no inputSchema at all; see inputSchemas.\n')).toBe(0);
  expect(count('')).toBe(0);
});

test('on the shipped catalog the rough count is the check’s own count', () => {
  const checked = checkCatalog('catalog');
  const tools = checked.files.reduce((n, f) => n + f.server.tools.length, 0);
  expect(tools).toBeGreaterThan(100);
  expect(roughCatalogToolCount('catalog')).toBe(tools);
});

test('a missing folder counts 0, and files not named .yaml are not counted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-count-'));
  expect(roughCatalogToolCount(dir)).toBe(0);
  mkdirSync(join(dir, 'servers'));
  writeFileSync(join(dir, 'servers', 'a.yaml'), 'tools:\n  - name: x\n    inputSchema: {}\n');
  writeFileSync(join(dir, 'servers', 'notes.txt'), 'inputSchema: {}\n');
  expect(roughCatalogToolCount(dir)).toBe(1);
});
