import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { synthCatalog } from '../synth/synth.ts';
import { writeCatalog } from '../synth/write.ts';
import { distStats, firstQueryBytes, renderedOutputs, toolPageWeight, type DistStats, type PageWeight, type SearchBytes } from './dist.ts';
import { writeFloorProject, type FloorExtras } from './floor.ts';
import { RENDER_CONCURRENCY } from '../site/config.ts';
import type { TreeMemory } from './memory.ts';
import { indexingMs, renderPhaseMs, timed, type Timed } from './run.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Average tools per server in synthetic catalogs, about what real catalogs show. */
export const TOOLS_PER_SERVER = 25;

/**
 * Catalogs up to this size are built `repeat` times (ours and the floor in turn) and the
 * median run is reported: their builds take seconds, and one run on a shared machine can be
 * 25% off. Larger sizes take minutes and are built once.
 */
export const REPEAT_UP_TO_TOOLS = 5_000;

export interface Phase {
  /** Wall time (the median run when repeated). */
  ms: number;
  /** Wall time of every run, in the order run. */
  runsMs: number[];
  /** CPU time (user + system), the steadier figure on a busy machine. */
  cpuMs: number | null;
  /** Peak memory of the whole process tree (Pagefind included), sampled from /proc. */
  memory: TreeMemory | null;
}

export interface BuildPhase extends Phase {
  pages: number;
  msPerPage: number;
  /** Page generation alone, as Astro reports it (no check, bundling or indexing). */
  renderMs: number | null;
}

/** A floor's build and what it wrote. */
export interface FloorResult {
  build: BuildPhase;
  dist: DistStats;
}

export interface SizeResult {
  tools: number;
  servers: number;
  check: Phase;
  /** The whole `npm run build` (check, astro build, swap into place; indexing when an integration does it). */
  build: BuildPhase;
  /**
   * Search indexing: `beside-render` when the build's integration indexes while Astro renders
   * (ms: indexing itself; waitMs: what the build then waited for it), `standalone` when the
   * bench had to run the Pagefind CLI over the built site itself.
   */
  index: { mode: 'beside-render' | 'standalone' | 'none'; ms: number | null; waitMs: number | null; cpuMs: number | null; memory: TreeMemory | null };
  dist: DistStats;
  search: SearchBytes | null;
  toolPage: PageWeight;
  floor: FloorResult;
  /**
   * The floor with as many files as Astro rendered for our site, rendered as many at once as
   * ours: the same trivial pages, and a trivial text file for each of our other routes' files
   * (per-tool JSON, feeds, policy files).
   */
  sameFilesFloor: FloorResult;
  /** Our build time over the floor's, same number of pages, same run. */
  buildVsFloor: number;
  /** Our build time over the same-files floor's: what is left once the number of files is paid for. */
  buildVsSameFilesFloor: number;
  /** The same in CPU time. */
  buildCpuVsFloor: number | null;
  /** Our page generation time over the floor's. */
  renderVsFloor: number | null;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; astro: string; loadAverageAtStart: number[] };
  note: string;
  sizes: SizeResult[];
  /** Ratios between sizes measured in this run: time and per-page cost growth. */
  scaling: Array<{ from: number; to: number; toolsRatio: number; buildTimeRatio: number; buildCpuRatio: number | null }>;
}

export interface BenchOptions {
  sizes: number[];
  /** Where catalogs, sites and floor projects go; must be inside the repository (see floor.ts). */
  workDir: string;
  seed?: number;
  /** Runs of each build for sizes up to {@link REPEAT_UP_TO_TOOLS}; the median is reported. */
  repeat?: number;
  log?: (message: string) => void;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
/** a / b to two decimals; null when either is unknown. */
export const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : round(a / b));

async function benchSize(tools: number, opts: Required<BenchOptions>): Promise<SizeResult> {
  const { workDir, log } = opts;
  const servers = Math.max(1, Math.ceil(tools / TOOLS_PER_SERVER));
  const catalog = join(workDir, `catalog-${tools}`);
  const site = join(workDir, `site-${tools}`);
  log(`${tools} tools: synthesizing ${servers} servers`);
  writeCatalog(catalog, synthCatalog({ servers, tools, seed: opts.seed }));

  const env = { CATALOG_DIR: catalog, ATLAS_OUT_DIR: site };
  const runs = tools <= REPEAT_UP_TO_TOOLS ? opts.repeat : 1;
  const checks: Timed[] = [];
  for (let i = 1; i <= runs; i++) {
    log(`${tools} tools: check${runs > 1 ? ` (${i} of ${runs})` : ''}`);
    const check = await timed(process.execPath, ['src/cli/check.ts'], { cwd: ROOT, env });
    if (!check.ok) throw new Error(`check failed on the synthetic catalog:\n${check.lines.map((l) => l.text).join('\n')}`);
    checks.push(check);
  }

  // Ours and the two floors in turn, so that a slow spell of the machine hits all three.
  const builds: Timed[] = [];
  const floors: Timed[] = [];
  const sameFilesFloors: Timed[] = [];
  let pagesBuilt = 0;
  let otherFiles = 0;
  const floorOut = join(workDir, `floor-${tools}-dist`);
  const sameFilesOut = join(workDir, `floor-same-files-${tools}-dist`);
  for (let i = 1; i <= runs; i++) {
    const nth = runs > 1 ? ` (${i} of ${runs})` : '';
    log(`${tools} tools: build${nth}`);
    rmSync(site, { recursive: true, force: true });
    const build = await timed(process.execPath, buildArgs(), { cwd: ROOT, env });
    if (!build.ok) throw new Error(`build failed:\n${build.lines.slice(-40).map((l) => l.text).join('\n')}`);
    builds.push(build);
    // Every run writes the same site: count what Astro rendered once.
    if (i === 1) ({ pages: pagesBuilt, otherFiles } = renderedOutputs(site, join(ROOT, 'public')));
    log(`${tools} tools: floor of ${pagesBuilt} trivial pages${nth}`);
    floors.push(await buildFloor(join(workDir, 'floor'), pagesBuilt, {}, floorOut));
    log(`${tools} tools: floor of ${pagesBuilt} trivial pages and ${otherFiles} trivial files, ${RENDER_CONCURRENCY} at a time${nth}`);
    sameFilesFloors.push(await buildFloor(join(workDir, 'floor-same-files'), pagesBuilt, { otherFiles, concurrency: RENDER_CONCURRENCY }, sameFilesOut));
  }
  const build = medianRun(builds);
  const floor = floorResult(floors, floorOut);
  const sameFilesFloor = floorResult(sameFilesFloors, sameFilesOut);

  // The search integration indexes during the build and logs how long; without one, the
  // bench indexes the built site with the Pagefind CLI so the cost is still known.
  let index: SizeResult['index'] = { mode: 'none', ms: null, waitMs: null, cpuMs: null, memory: null };
  const inBuild = indexingMs(build);
  if (inBuild !== null && firstQueryBytes(site)) index = { mode: 'beside-render', ...inBuild, cpuMs: null, memory: null };
  else {
    const bin = pagefindBin();
    if (bin) {
      log(`${tools} tools: index (standalone pagefind)`);
      const run = await timed(process.execPath, [bin, '--site', site], { cwd: ROOT });
      if (run.ok) index = { mode: 'standalone', ms: run.ms, waitMs: null, cpuMs: run.cpuMs, memory: run.memory };
    }
  }

  return {
    tools,
    servers,
    check: phase(checks),
    build: { ...phase(builds), pages: pagesBuilt, msPerPage: round(build.ms / pagesBuilt), renderMs: renderPhaseMs(build) },
    index,
    dist: distStats(site),
    search: firstQueryBytes(site),
    toolPage: toolPageWeight(site),
    floor,
    sameFilesFloor,
    buildVsFloor: round(build.ms / floor.build.ms),
    buildVsSameFilesFloor: round(build.ms / sameFilesFloor.build.ms),
    buildCpuVsFloor: ratio(build.cpuMs, floor.build.cpuMs),
    renderVsFloor: ratio(renderPhaseMs(build), floor.build.renderMs),
  };
}

/** A floor's figures from its runs, and what they wrote into `out`. */
function floorResult(runs: readonly Timed[], out: string): FloorResult {
  const median = medianRun(runs);
  const dist = distStats(out);
  return { build: { ...phase(runs), pages: dist.pages, msPerPage: round(median.ms / dist.pages), renderMs: renderPhaseMs(median) }, dist };
}

/** The run with the median wall time (the upper middle one of an even number). */
export function medianRun<T extends { ms: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('no runs to take the median of');
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
}

/** A phase's figures from its runs: the median run's times, every run's wall time, the highest memory peak seen. */
function phase(runs: readonly Timed[]): Phase {
  const median = medianRun(runs);
  const memories = runs.map((r) => r.memory).filter((m): m is TreeMemory => m !== null);
  const memory = memories.length === 0 ? null : memories.reduce((a, b) => (b.treePeakMB > a.treePeakMB ? b : a));
  return { ms: median.ms, runsMs: runs.map((r) => r.ms), cpuMs: median.cpuMs, memory };
}

/**
 * The node arguments of `npm run build` as package.json states them, so the bench times
 * exactly what people run (the launcher that sizes the heap included), without npm's own start-up.
 */
export function buildArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = pkg.scripts.build!.split(/\s+/);
  if (command !== 'node') throw new Error(`the build script should start with node: ${pkg.scripts.build}`);
  return args;
}

async function buildFloor(dir: string, pages: number, extras: FloorExtras, out: string) {
  writeFloorProject(dir, pages, extras);
  rmSync(out, { recursive: true, force: true });
  const run = await timed(process.execPath, [join(dir, 'build.mjs'), out], { cwd: dir });
  if (!run.ok) throw new Error(`floor build failed:\n${run.lines.slice(-40).map((l) => l.text).join('\n')}`);
  return run;
}

/**
 * One small untimed build of each kind first, so that one-time work (Vite optimising
 * dependencies after a fresh install) is not charged to whichever size happens to come first.
 */
async function warmUp(opts: Required<BenchOptions>): Promise<void> {
  opts.log('warm-up builds (not timed)');
  const catalog = join(opts.workDir, 'catalog-warm-up');
  const site = join(opts.workDir, 'site-warm-up');
  writeCatalog(catalog, synthCatalog({ servers: 2, tools: 20, seed: opts.seed }));
  const build = await timed(process.execPath, buildArgs(), { cwd: ROOT, env: { CATALOG_DIR: catalog, ATLAS_OUT_DIR: site } });
  if (!build.ok) throw new Error(`warm-up build failed:\n${build.lines.slice(-40).map((l) => l.text).join('\n')}`);
  await buildFloor(join(opts.workDir, 'floor'), 20, {}, join(opts.workDir, 'floor-warm-up-dist'));
  await buildFloor(join(opts.workDir, 'floor-same-files'), 20, { otherFiles: 20, concurrency: RENDER_CONCURRENCY }, join(opts.workDir, 'floor-same-files-warm-up-dist'));
}

function pagefindBin(): string | null {
  const bin = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
  return existsSync(bin) ? bin : null;
}

function astroVersion(): string {
  return (createRequire(join(ROOT, 'package.json'))('astro/package.json') as { version: string }).version;
}

/** Runs every size one after another (never in parallel: the timings would disturb each other). */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const opts: Required<BenchOptions> = { seed: 1, repeat: 1, log: () => {}, ...options };
  const started = new Date();
  const sizes: SizeResult[] = [];
  await warmUp(opts);
  for (const tools of options.sizes) sizes.push(await benchSize(tools, opts));
  const scaling = sizes.slice(1).map((s, i) => ({
    from: sizes[i]!.tools,
    to: s.tools,
    toolsRatio: round(s.tools / sizes[i]!.tools),
    buildTimeRatio: round(s.build.ms / sizes[i]!.build.ms),
    buildCpuRatio: ratio(s.build.cpuMs, sizes[i]!.build.cpuMs),
  }));
  return {
    date: started.toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGB: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      astro: astroVersion(),
      loadAverageAtStart: loadavg().map((x) => round(x)),
    },
    note: 'Wall times on a shared machine are noisy; compare ratios measured in the same run (buildVsFloor, buildCpuVsFloor, scaling), not absolute times across runs. CPU time (user + system, from GNU time) is steadier than wall time when other work competes for the cores.',
    sizes,
    scaling,
  };
}
