import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a floor project holds beyond its trivial pages. */
export interface FloorExtras {
  /** Trivial text files written by a second route (an endpoint), beside the pages. */
  otherFiles?: number;
  /** Pages Astro renders at once (build.concurrency); Astro's default when left out. */
  concurrency?: number;
}

/**
 * Writes the floor: a bare Astro project with one dynamic route that yields `pages` trivial
 * pages, configured like ours (static, directory format, trailing slash) but with no
 * integrations, layouts or data. Building it shows what Astro itself costs per page on this
 * machine. With `otherFiles` and our `concurrency`, it is the same-files floor: as many files
 * as our site's routes render (JSON, feeds, policy files), rendered as ours are, which tells what
 * the number of files costs apart from what is in them. The folder must sit inside this
 * repository so that `astro` resolves from our node_modules: the floor and our site are built
 * by the same Astro.
 */
export function writeFloorProject(dir: string, pages: number, { otherFiles = 0, concurrency }: FloorExtras = {}): void {
  // Files are overwritten, never the folder removed: Vite's dependency cache inside it stays
  // warm between sizes, as the site's own cache does.
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'atlas-bench-floor', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', trailingSlash: 'always', build: ${JSON.stringify({ format: 'directory', concurrency })} });\n`,
  );
  writeFileSync(
    join(dir, 'build.mjs'),
    `import { build } from 'astro';\nawait build({ root: import.meta.dirname, outDir: process.argv[2], logLevel: 'info' });\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/p/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Page {n}</title></head>
  <body><h1>Page {n}</h1><p>A trivial page.</p></body>
</html>
`,
  );
  const endpoint = join(dir, 'src/pages/f/[n].txt.ts');
  if (otherFiles === 0) {
    rmSync(endpoint, { force: true });
    return;
  }
  mkdirSync(dirname(endpoint), { recursive: true });
  writeFileSync(
    endpoint,
    `export function getStaticPaths() {
  return Array.from({ length: ${otherFiles} }, (_, i) => ({ params: { n: String(i) } }));
}
export function GET({ params }) {
  return new Response(\`A trivial file, number \${params.n}.\`);
}
`,
  );
}
