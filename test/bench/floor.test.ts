import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeFloorProject } from '../../src/bench/floor.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-floor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = () => readFileSync(join(dir, 'astro.config.mjs'), 'utf8');
const endpoint = join(dir, 'src/pages/f/[n].txt.ts');

test('the same-files floor adds an endpoint with that many files and renders as many pages at once as asked', () => {
  writeFloorProject(dir, 12, { otherFiles: 7, concurrency: 4 });
  expect(readFileSync(join(dir, 'src/pages/p/[n].astro'), 'utf8')).toContain('length: 12');
  expect(readFileSync(endpoint, 'utf8')).toContain('length: 7');
  expect(config()).toContain('"concurrency":4');
});

test('the floor, written into the same folder afterwards, has pages only and Astro\'s default concurrency', () => {
  writeFloorProject(dir, 12);
  expect(existsSync(endpoint)).toBe(false);
  expect(config()).not.toContain('concurrency');
  expect(config()).toContain('"format":"directory"');
});
