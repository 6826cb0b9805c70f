import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { buildArgs, medianRun, type BenchResults } from '../../src/bench/bench.ts';
import { renderedOutputs } from '../../src/bench/dist.ts';
import { ROOT } from '../helpers/build.ts';
import { durationMs, indexingMs, type Timed } from '../../src/bench/run.ts';

// The benchmark end to end at a tiny size: it must run the real pipeline and write results of
// the documented shape. No timing is asserted; speed is for the benchmark itself to report.
const run = promisify(execFile);
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'bench/out/test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('npm run bench at 50 tools writes results.json and prints the table', async () => {
  const out = join(work, 'results.json');
  const { stdout } = await run(process.execPath, ['src/cli/bench.ts', '--sizes', '50', '--repeat', '2', '--out', out, '--work', work], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;

  expect(results.machine.cpus).toBeGreaterThan(0);
  expect(results.machine.astro).toMatch(/^\d+\.\d+\.\d+/);
  expect(results.sizes).toHaveLength(1);
  const [size] = results.sizes;
  expect(size!.tools).toBe(50);
  // One page per tool, one per server, plus the fixed pages.
  expect(size!.build.pages).toBeGreaterThanOrEqual(50 + size!.servers);
  expect(size!.floor.build.pages).toBe(size!.build.pages);
  // The same-files floor writes a trivial file for each file Astro rendered for the site.
  const rendered = renderedOutputs(join(work, 'site-50'), join(ROOT, 'public'));
  expect(rendered.pages).toBe(size!.build.pages);
  expect(rendered.otherFiles).toBeGreaterThan(50);
  expect(size!.sameFilesFloor.build.pages).toBe(size!.build.pages);
  expect(size!.sameFilesFloor.dist.files).toBe(rendered.pages + rendered.otherFiles);
  expect(size!.floor.dist.files).toBe(rendered.pages);
  expect(size!.buildVsSameFilesFloor).toBeGreaterThan(0);
  for (const phase of [size!.check, size!.build, size!.floor.build, size!.sameFilesFloor.build]) {
    expect(phase.ms).toBeGreaterThan(0);
    // Each run is kept; the one reported is one of them.
    expect(phase.runsMs).toHaveLength(2);
    expect(phase.runsMs).toContain(phase.ms);
  }
  // Memory is the whole tree's: the build's Node process, and Pagefind beside it.
  expect(size!.build.memory!.byCommand.node).toBeGreaterThan(50);
  expect(Object.keys(size!.build.memory!.byCommand).some((c) => c.startsWith('pagefind'))).toBe(true);
  expect(size!.build.memory!.treePeakMB).toBeGreaterThanOrEqual(size!.build.memory!.byCommand.node!);
  expect(size!.build.msPerPage).toBeGreaterThan(0);
  expect(size!.dist.files).toBeGreaterThanOrEqual(size!.build.pages);
  expect(size!.dist.bytes).toBeGreaterThan(size!.floor.dist.bytes);
  expect(size!.toolPage.sampled).toBeGreaterThan(0);
  expect(size!.toolPage.gzipMedian).toBeGreaterThan(0);
  expect(size!.buildVsFloor).toBeGreaterThan(0);
  // The shipped integration indexes beside the render and reports it.
  expect(size!.index.mode).toBe('beside-render');
  expect(size!.index.ms).toBeGreaterThan(0);
  expect(size!.search!.total).toBeGreaterThan(0);
  expect(size!.search!.parts.wasm).toBeGreaterThan(0);
  expect(stdout).toContain('| 50 | atlas |');
  expect(stdout).toContain('| floor |');
  expect(stdout).toContain('| floor, same files |');
});

test('medianRun takes the middle run by wall time', () => {
  expect(medianRun([{ ms: 30 }, { ms: 10 }, { ms: 20 }])).toEqual({ ms: 20 });
  expect(medianRun([{ ms: 5 }])).toEqual({ ms: 5 });
  expect(() => medianRun([])).toThrow(/no runs/);
});

test("durationMs reads each of Astro's duration formats", () => {
  expect(durationMs('00:30:31 ✓ Completed in 6.52s.')).toBe(6520);
  expect(durationMs('✓ Completed in 80ms.')).toBe(80);
  expect(durationMs('✓ Completed in 1m 5s.')).toBe(65_000);
  expect(durationMs('[build] 5204 page(s) built in 7.40s')).toBeNull();
});

test('indexingMs reads how long indexing took and how long the build waited for it', () => {
  const run: Timed = {
    ok: true,
    ms: 1000,
    memory: null,
    cpuMs: null,
    lines: [
      { at: 100, text: '[build] ✓ Completed in 14.75s.' },
      { at: 700, text: '[atlas-pagefind] Pagefind indexed 5204 pages in 9.81s beside the render; the build waited 0.25s for it' },
    ],
  };
  expect(indexingMs(run)).toEqual({ ms: 9810, waitMs: 250 });
  expect(indexingMs({ ...run, lines: run.lines.slice(0, 1) })).toBeNull();
});

test('the bench builds with the arguments of npm run build', () => {
  const args = buildArgs();
  expect(args[args.length - 1]).toBe('src/cli/build.ts');
});
