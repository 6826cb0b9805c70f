import { expect, test } from 'vitest';
import { MIN_HEAP_MB, buildNodeFlags, chooseHeap, diedMessage, heapCapMB } from '../../src/cli/heap.ts';

test('catalogs up to 50,000 tools build under the 1 GB cap the benchmark measured them with', () => {
  for (const tools of [0, 512, 5_000, 20_000, 50_000]) expect(heapCapMB(tools)).toBe(MIN_HEAP_MB);
  expect(MIN_HEAP_MB).toBe(1024);
});

test('past that the cap grows with the tools, ahead of what the build holds (~14 KB a tool on ~100 MB)', () => {
  let previous = heapCapMB(50_000);
  for (const tools of [60_000, 100_000, 200_000, 500_000]) {
    const cap = heapCapMB(tools);
    expect(cap).toBeGreaterThan(previous);
    expect(cap % 64).toBe(0);
    expect(cap).toBeGreaterThan(100 + (tools * 14) / 1024);
    previous = cap;
  }
});

test('ATLAS_HEAP_MB sets the cap by hand; anything but a whole number of megabytes is refused by name', () => {
  expect(chooseHeap(100_000, { ATLAS_HEAP_MB: '3072' })).toEqual({ mb: 3072, reason: 'set by ATLAS_HEAP_MB' });
  expect(chooseHeap(100_000, {})).toEqual({ mb: heapCapMB(100_000), reason: 'sized for about 100,000 tools' });
  expect(chooseHeap(10, { ATLAS_HEAP_MB: '' }).mb).toBe(MIN_HEAP_MB);
  for (const bad of ['2g', '0', '-1', '1.5']) expect(() => chooseHeap(10, { ATLAS_HEAP_MB: bad })).toThrow(`ATLAS_HEAP_MB must be a whole number of megabytes, not "${bad}"`);
});

test('the build process gets the cap and a larger young generation', () => {
  expect(buildNodeFlags(1536)).toEqual(['--max-old-space-size=1536', '--max-semi-space-size=64']);
});

test('a build that died tells what happened and that the site is unchanged', () => {
  const heap = { mb: 1024, reason: 'sized for about 60,000 tools' };
  const oom = diedMessage('SIGABRT', heap, '/site/dist');
  expect(oom).toContain('out of memory under its heap cap of 1,024 MB (sized for about 60,000 tools)');
  expect(oom).toContain('ATLAS_HEAP_MB=2048 npm run build');
  expect(oom).toMatch(/\/site\/dist is unchanged\.$/);
  expect(diedMessage('SIGKILL', heap, '/site/dist')).toContain('killed (SIGKILL)');
  expect(diedMessage('SIGTERM', heap, '/site/dist')).toContain('stopped by SIGTERM');
});
