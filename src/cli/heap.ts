import { nothingBuilt } from '../build/scratch.ts';

/**
 * The heap cap the build runs under. V8 left to itself grows its heap towards a quarter of
 * the machine's memory before it collects in earnest; a cap near what the build really holds
 * makes it collect instead, which keeps a 50,000-tool build, Pagefind included, under 2 GB.
 * What the build holds grows with the tools: ~10 KB each on top of ~100 MB (at 50,000 synthetic
 * tools ~600 MB after a collection; ~810 MB before the build copied the YAML parser's objects,
 * src/site/load.ts). The cap allows 18 KB a tool, room to spare, and never goes below 1 GB.
 */
export const MIN_HEAP_MB = 1024;
const BASE_MB = 128;
const KB_PER_TOOL = 18;

/** The heap cap, in MB, for a catalog of about `tools` tools: a multiple of 64, at least MIN_HEAP_MB. */
export function heapCapMB(tools: number): number {
  const mb = BASE_MB + (Math.max(0, tools) * KB_PER_TOOL) / 1024;
  return Math.max(MIN_HEAP_MB, Math.ceil(mb / 64) * 64);
}

export interface HeapChoice {
  mb: number;
  /** Why this cap: set by hand in ATLAS_HEAP_MB, or sized for the catalog. */
  reason: string;
}

/** The cap `ATLAS_HEAP_MB` sets, else the one sized for about `tools` tools. */
export function chooseHeap(tools: number, env: NodeJS.ProcessEnv = process.env): HeapChoice {
  const raw = env.ATLAS_HEAP_MB;
  if (raw === undefined || raw === '') return { mb: heapCapMB(tools), reason: `sized for about ${tools.toLocaleString('en-US')} tools` };
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 1) throw new Error(`ATLAS_HEAP_MB must be a whole number of megabytes, not "${raw}"`);
  return { mb, reason: 'set by ATLAS_HEAP_MB' };
}

/** Node's own flags for the build process: the heap cap, and a young generation large enough for a page's garbage. */
export function buildNodeFlags(heapMB: number): string[] {
  return [`--max-old-space-size=${heapMB}`, '--max-semi-space-size=64'];
}

/**
 * What to tell someone whose build process ended by a signal, before it could report anything
 * itself. V8 aborts when the heap is full, so SIGABRT almost always means the cap was too small.
 */
export function diedMessage(signal: string, heap: HeapChoice, outDir: string): string {
  const unchanged = nothingBuilt(outDir);
  if (signal === 'SIGABRT') {
    return (
      `The build aborted, most likely out of memory under its heap cap of ${heap.mb.toLocaleString('en-US')} MB (${heap.reason}). ` +
      `Run it again with a larger cap, for example: ATLAS_HEAP_MB=${heap.mb * 2} npm run build\n${unchanged}`
    );
  }
  if (signal === 'SIGKILL') return `The build was killed (SIGKILL), most often by the system when memory runs out.\n${unchanged}`;
  return `The build was stopped by ${signal}.\n${unchanged}`;
}
