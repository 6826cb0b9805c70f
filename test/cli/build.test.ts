// The launcher of `npm run build` (src/cli/build.ts) against the real build process it starts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { scratchDirs } from '../../src/build/scratch.ts';
import { buildCatalog, ROOT } from '../helpers/build.ts';

/** An output folder holding a previous build's file, to prove a failed build leaves it alone. */
function previousSite(): string {
  const out = mkdtempSync(join(tmpdir(), 'atlas-keep-'));
  writeFileSync(join(out, 'marker.txt'), 'previous build');
  return out;
}
const unchanged = (out: string) => readdirSync(out).length === 1 && readFileSync(join(out, 'marker.txt'), 'utf8') === 'previous build';

test('the build runs under the heap cap the launcher chose: too small a cap ends in a clear message', async () => {
  const out = previousSite();
  const result = await buildCatalog('test/fixtures/minimal', out, { ATLAS_HEAP_MB: '16' });
  expect(result.ok).toBe(false);
  expect(result.stdout).toContain('Node heap cap 16 MB (set by ATLAS_HEAP_MB)');
  expect(result.stderr).toContain('out of memory under its heap cap of 16 MB');
  expect(result.stderr).toContain('ATLAS_HEAP_MB=32 npm run build');
  expect(unchanged(out)).toBe(true);
});

test('a build over a previous site puts the new one in its place and removes the old one in the background', async () => {
  const out = previousSite();
  const result = await buildCatalog('test/fixtures/minimal', out, { ATLAS_LOG_LEVEL: 'info' });
  expect(result.ok, result.stderr).toBe(true);
  // Astro's log, without its line for every generated file (src/cli/astro-log.ts).
  expect(result.stdout).toContain('generating static routes');
  expect(result.stdout).toMatch(/\d+ page\(s\) built in/);
  expect(result.stdout).not.toContain('├─');
  expect(existsSync(join(out, 'marker.txt'))).toBe(false);
  expect(existsSync(join(out, 'index.html'))).toBe(true);
  const retired = /the previous site is being removed from (.+)$/m.exec(result.stdout)?.[1];
  expect(retired, result.stdout).toBeDefined();
  for (let tries = 0; tries < 300 && existsSync(retired!); tries++) await sleep(100);
  expect(existsSync(retired!)).toBe(false);
}, 120_000);

// /dev/shm is a memory file system on Linux, unlike the project's folder, mostly.
const otherFileSystem = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(ROOT).dev;

test.skipIf(!otherFileSystem)('a site built for an output folder on another file system is put in place there', async () => {
  const inMemory = mkdtempSync('/dev/shm/atlas-out-');
  onTestFinished(() => rmSync(inMemory, { recursive: true, force: true }));
  const out = join(inMemory, 'site');
  const result = await buildCatalog('test/fixtures/minimal', out);
  expect(result.ok, result.stderr).toBe(true);
  expect(existsSync(join(out, 'servers', 'demo', 'index.html'))).toBe(true);
}, 120_000);

test('an unusable ATLAS_HEAP_MB is named and nothing is built', async () => {
  const out = previousSite();
  const result = await buildCatalog('test/fixtures/minimal', out, { ATLAS_HEAP_MB: 'lots' });
  expect(result.ok).toBe(false);
  expect(result.stderr).toContain('ATLAS_HEAP_MB must be a whole number of megabytes, not "lots"');
  expect(unchanged(out)).toBe(true);
});

/** The process ids of a process's children, from /proc. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

test.skipIf(!existsSync('/proc/self/task'))('a build process killed mid-build leaves no half-built site behind, and says so', async () => {
  const out = previousSite();
  const launcher = spawn(process.execPath, ['src/cli/build.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', CATALOG_DIR: join(ROOT, 'test/fixtures/minimal'), ATLAS_OUT_DIR: out, ATLAS_LOG_LEVEL: 'silent' },
  });
  let stderr = '';
  launcher.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => launcher.on('exit', resolve));

  // Wait until the build process has started writing its site, then kill it outright.
  let build: { pid: number; dirs: ReturnType<typeof scratchDirs> } | undefined;
  for (let tries = 0; tries < 3000 && !build; tries++) {
    await new Promise((r) => setTimeout(r, 20));
    for (const pid of childrenOf(launcher.pid!)) {
      const dirs = scratchDirs(ROOT, pid);
      if (existsSync(dirs.staging)) build = { pid, dirs };
    }
  }
  expect(build, 'the build never started writing its site').toBeDefined();
  process.kill(build!.pid, 'SIGKILL');

  expect(await exited).toBe(1);
  expect(stderr).toContain('killed (SIGKILL)');
  expect(existsSync(build!.dirs.staging)).toBe(false);
  expect(existsSync(build!.dirs.searchIndex)).toBe(false);
  expect(unchanged(out)).toBe(true);
}, 120_000);
