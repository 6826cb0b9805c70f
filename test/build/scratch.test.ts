import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, onTestFinished, test } from 'vitest';
import { abandonedWorkDirs, outDirOf, removeInBackground, scratchDirs, swapDirs, swapIntoPlace } from '../../src/build/scratch.ts';

test('the output folder is ATLAS_OUT_DIR when set, else dist/ in the project', () => {
  expect(outDirOf('/project', {})).toBe('/project/dist');
  expect(outDirOf('/project', { ATLAS_OUT_DIR: '/elsewhere/site' })).toBe('/elsewhere/site');
});

test("one build's work folders are its own: named by its process id", () => {
  const a = scratchDirs('/project', 11);
  const b = scratchDirs('/project', 12);
  expect(new Set([...Object.values(a), ...Object.values(b)]).size).toBe(4);
  expect(Object.values(a).every((dir) => dir.startsWith('/project/.build/') && dir.endsWith('-11'))).toBe(true);
});

test('a folder removed in the background goes, files, subfolders and all, while this process goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-old-site-'));
  mkdirSync(join(dir, 'servers', 'demo'), { recursive: true });
  for (let i = 0; i < 50; i++) writeFileSync(join(dir, 'servers', 'demo', `${i}.html`), 'old page');
  removeInBackground([dir]);
  for (let tries = 0; tries < 300 && existsSync(dir); tries++) await sleep(50);
  expect(existsSync(dir)).toBe(false);
});

test('work folders of builds that are gone are found; those of running builds, and anything else, are not', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-project-'));
  for (const name of ['staging-11', 'pagefind-11', 'staging-12', 'pagefind-13', 'notes', 'staging-x']) mkdirSync(join(root, '.build', name), { recursive: true });
  const outDir = join(root, 'dist');
  for (const name of ['dist', '.dist.retired-11', '.dist.incoming-13', '.dist.retired-12', '.site.retired-11', '.dist.retired-x']) mkdirSync(join(root, name));
  const running = (pid: number) => pid === 12;
  const found = (dir: string) => abandonedWorkDirs(root, dir, running).map((d) => d.slice(root.length + 1)).sort();
  expect(found(outDir)).toEqual(['.build/pagefind-11', '.build/pagefind-13', '.build/staging-11', '.dist.incoming-13', '.dist.retired-11']);
  // Without the output folder, an old site may be the only copy of the site: it stays.
  expect(found(join(root, 'site'))).toEqual(['.build/pagefind-11', '.build/pagefind-13', '.build/staging-11']);
  expect(abandonedWorkDirs(mkdtempSync(join(tmpdir(), 'atlas-empty-')), '/nowhere/dist')).toEqual([]);
  // This very process is running.
  mkdirSync(join(root, '.build', `staging-${process.pid}`));
  expect(abandonedWorkDirs(root, outDir)).not.toContain(join(root, '.build', `staging-${process.pid}`));
});

/** A folder holding one file, `page.html`, with `text` in it. */
function site(parent: string, name: string, text: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), text);
  return dir;
}

test('the new site takes the place of the old one, which is moved beside it, and nothing else is left', () => {
  const parent = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
  const outDir = site(parent, 'dist', 'old');
  const retired = swapIntoPlace(site(parent, 'staging', 'new'), outDir, 7);
  expect(readFileSync(join(outDir, 'page.html'), 'utf8')).toBe('new');
  expect(retired).toBe(swapDirs(outDir, 7).retired);
  expect(readFileSync(join(retired!, 'page.html'), 'utf8')).toBe('old');
  expect(readdirSync(parent).sort()).toEqual(['.dist.retired-7', 'dist']);
});

test('a first build makes the output folder, parents and all', () => {
  const parent = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
  const outDir = join(parent, 'a', 'b', 'site');
  expect(swapIntoPlace(site(parent, 'staging', 'new'), outDir, 7)).toBeNull();
  expect(readFileSync(join(outDir, 'page.html'), 'utf8')).toBe('new');
  expect(existsSync(join(parent, 'staging'))).toBe(false);
});

test('a failed swap leaves the old site as it was and removes the new one', () => {
  const parent = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
  const outDir = site(parent, 'dist', 'old');
  expect(() => swapIntoPlace(join(parent, 'no-such-staging'), outDir, 7)).toThrow(/ENOENT/);
  expect(readdirSync(parent)).toEqual(['dist']);
  expect(readFileSync(join(outDir, 'page.html'), 'utf8')).toBe('old');
});

// /dev/shm is a memory file system on Linux: a different one from the temporary folder's, mostly.
const otherFileSystem = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev;

test.skipIf(!otherFileSystem)('a site built on one file system is put in place on another, with the same guarantees', () => {
  const inMemory = mkdtempSync('/dev/shm/atlas-swap-');
  onTestFinished(() => rmSync(inMemory, { recursive: true, force: true }));
  const outDir = site(inMemory, 'dist', 'old');
  const staging = site(mkdtempSync(join(tmpdir(), 'atlas-swap-')), 'staging', 'new');
  const retired = swapIntoPlace(staging, outDir, 7);
  expect(readFileSync(join(outDir, 'page.html'), 'utf8')).toBe('new');
  expect(readFileSync(join(retired!, 'page.html'), 'utf8')).toBe('old');
  expect(existsSync(staging)).toBe(false);
  expect(existsSync(swapDirs(outDir, 7).incoming)).toBe(false);
});
