import { checkCatalog, type CheckResult } from '../catalog/check.ts';
import { catalogDir } from '../catalog/folder.ts';
import { CatalogError } from '../catalog/diagnostics.ts';
import type { Server } from '../catalog/schema/server.ts';
import { buildSite, type Site } from './model.ts';

// The dev server's watcher and the page modules may load this file as separate module
// instances, so the "catalog changed" signal lives on globalThis, where both can see it.
const GENERATION = Symbol.for('mcp-tool-atlas.catalog-generation');
type WithGeneration = typeof globalThis & { [GENERATION]?: number };
const generation = () => (globalThis as WithGeneration)[GENERATION] ?? 0;

/** Tells getSite() that catalog files changed, so the next call reloads them (used by `astro dev`). */
export function invalidateSite(): void {
  (globalThis as WithGeneration)[GENERATION] = generation() + 1;
}

let cached: { dir: string; generation: number; site: Site } | undefined;

// `npm run build` checks the catalog before it starts Astro, in the same process. Astro loads
// this module more than once (config, page data, prerender chunks), and each copy would read
// and check the whole catalog again; the build hands its result over through a process-wide
// slot instead. Only the build sets it, so `astro dev` still reads fresh files.
const HANDOFF = Symbol.for('mcp-tool-atlas.checked-catalog');
// Only the servers are kept: the check's parsed documents (kept for positions) would
// otherwise stay in memory for the whole build.
type Handoff = { dir: string; servers: Server[]; site?: Site };
const slot = globalThis as { [HANDOFF]?: Handoff };

/**
 * Called by the build after its check passed: every copy of getSite() in this process reuses
 * it. Takes the files out of `result`, which is left empty.
 */
export function handOverCheckedCatalog(dir: string, result: CheckResult): void {
  // The build keeps a copy of each server rather than the parser's own objects, which are
  // larger: strings sliced out of a file keep the whole file's text alive, folded text stays a
  // chain of pieces, and arrays keep the spare room they grew. The site model of 50,000
  // synthetic tools took 560 MB on the parser's objects and 391 MB on copies, made in 2 s.
  // Files are let go one by one, so the originals and their copies are never all held at once.
  const servers: Server[] = [];
  for (let file = result.files.pop(); file; file = result.files.pop()) servers.push(structuredClone(file.server));
  slot[HANDOFF] = { dir, servers: servers.reverse() };
}

/**
 * The site model for the catalog in `CATALOG_DIR` (or catalog/), loaded once and shared by
 * every page. An invalid catalog throws with every error listed.
 */
export function getSite(dir: string = catalogDir()): Site {
  if (cached?.dir === dir && cached.generation === generation()) return cached.site;
  const handoff = slot[HANDOFF];
  if (handoff?.dir === dir) return (handoff.site ??= buildSite(handoff.servers));
  const result = checkCatalog(dir);
  if (result.errorCount > 0) throw new CatalogError(result.diagnostics);
  cached = { dir, generation: generation(), site: buildSite(result.files.map((f) => f.server)) };
  return cached.site;
}
