import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { outDirOf, removeInBackground, scratchDirs } from '../../src/cli/scratch.ts';

test('the output folder is ATLAS_OUT_DIR when set, else dist/ in the project', () => {
  expect(outDirOf('/project', {})).toBe('/project/dist');
  expect(outDirOf('/project', { ATLAS_OUT_DIR: '/elsewhere/site' })).toBe('/elsewhere/site');
});

test("one build's work folders are its own: named by its process id", () => {
  const a = scratchDirs('/project', 11);
  const b = scratchDirs('/project', 12);
  expect(new Set([...Object.values(a), ...Object.values(b)]).size).toBe(6);
  expect(Object.values(a).every((dir) => dir.startsWith('/project/.build/') && dir.endsWith('-11'))).toBe(true);
});

test('a folder removed in the background goes, files, subfolders and all, while this process goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-old-site-'));
  mkdirSync(join(dir, 'servers', 'demo'), { recursive: true });
  for (let i = 0; i < 50; i++) writeFileSync(join(dir, 'servers', 'demo', `${i}.html`), 'old page');
  removeInBackground(dir);
  for (let tries = 0; tries < 300 && existsSync(dir); tries++) await sleep(50);
  expect(existsSync(dir)).toBe(false);
});
