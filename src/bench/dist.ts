import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistStats {
  bytes: number;
  files: number;
  /** HTML pages written (index.html files and other .html files). */
  pages: number;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

export function distStats(dir: string): DistStats {
  const stats: DistStats = { bytes: 0, files: 0, pages: 0 };
  for (const file of walk(dir)) {
    stats.bytes += statSync(file).size;
    stats.files++;
    if (file.endsWith('.html')) stats.pages++;
  }
  return stats;
}

/** What Astro itself rendered into a built site: its pages, and its other routes' files (JSON, feeds, policy files). */
export interface RenderedOutputs {
  pages: number;
  otherFiles: number;
}

/**
 * Counts the files Astro rendered into `dist`: everything but Pagefind's bundle (`pagefind/`),
 * Vite's assets (`_astro/`) and the files copied from `publicDir`.
 */
export function renderedOutputs(dist: string, publicDir: string): RenderedOutputs {
  const copied = new Set<string>();
  try {
    for (const file of walk(publicDir)) copied.add(relative(publicDir, file));
  } catch {
    // No public folder: nothing was copied.
  }
  const outputs: RenderedOutputs = { pages: 0, otherFiles: 0 };
  for (const file of walk(dist)) {
    const path = relative(dist, file);
    if (/^(pagefind|_astro)[/\\]/.test(path) || copied.has(path)) continue;
    if (path.endsWith('.html')) outputs.pages++;
    else outputs.otherFiles++;
  }
  return outputs;
}

const sizeOf = (path: string) => statSync(path).size;
// Pagefind's own index files are compressed already; scripts and JSON go over the wire gzipped.
const transferSize = (path: string) => (/\.(js|css|json)$/.test(path) ? gzipSync(readFileSync(path)).length : sizeOf(path));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const maxOf = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);

/** Fragments the default search UI loads for its first page of results. */
export const FIRST_RESULTS = 5;

export interface SearchBytes {
  /** Bytes a first query transfers; see `parts` for what is counted. */
  total: number;
  parts: Record<string, number>;
  indexBytes: number;
}

/**
 * What a first search query downloads from the Pagefind index, computed from the files
 * (scripts and JSON counted gzipped, Pagefind's own files as written, since they are
 * compressed already): the loader (pagefind.js), the worker it searches in and the WASM module once; from every bundle
 * (a large catalog's index comes as several, src/search/shards.ts) its pagefind-entry.json,
 * metadata file, filter chunks (Pagefind loads them all with the index) and largest index chunk
 * (a query loads the one chunk per bundle that holds its term; the largest is the worst case);
 * then FIRST_RESULTS fragments of median size. The UI's script and styles count when the home
 * or search page links them. Null when the site has no Pagefind index.
 */
export function firstQueryBytes(dist: string): SearchBytes | null {
  const dir = join(dist, 'pagefind');
  let files: string[];
  try {
    files = [...walk(dir)];
  } catch {
    return null;
  }
  const rel = (f: string) => relative(dir, f);
  const sum = (pred: (name: string) => boolean) => files.filter((f) => pred(rel(f))).reduce((n, f) => n + transferSize(f), 0);
  // The search UI lives on the home page or on /search/; count the Pagefind files either links.
  const home = ['index.html', 'search/index.html'].map((page) => {
    try {
      return readFileSync(join(dist, page), 'utf8');
    } catch {
      return '';
    }
  }).join('\n');
  const bundles = files.filter((f) => rel(f).endsWith('pagefind-entry.json')).map((f) => dirname(f));
  const inBundle = (bundle: string, f: string) => dirname(f) === bundle || dirname(dirname(f)) === bundle;
  const perBundle = (pick: (bundleFiles: string[]) => number) => bundles.reduce((n, b) => n + pick(files.filter((f) => inBundle(b, f))), 0);
  const fragments = files.filter((f) => f.endsWith('.pf_fragment')).map(sizeOf);
  const wasm = files.filter((f) => /wasm\.[^/]*\.pagefind$/.test(rel(f))).map(sizeOf);
  const parts: Record<string, number> = {
    'pagefind.js and its worker': sum((n) => n === 'pagefind.js' || n === 'pagefind-worker.js'),
    wasm: maxOf(wasm),
    [`pagefind-entry.json (${bundles.length} bundles)`]: sum((n) => n.endsWith('pagefind-entry.json')),
    pf_meta: perBundle((fs) => fs.filter((f) => f.endsWith('.pf_meta')).reduce((n, f) => n + sizeOf(f), 0)),
    'filter chunks': sum((n) => n.endsWith('.pf_filter')),
    'largest index chunk of each bundle': perBundle((fs) => maxOf(fs.filter((f) => f.endsWith('.pf_index')).map(sizeOf))),
    [`${FIRST_RESULTS} fragments (median size)`]: FIRST_RESULTS * median(fragments),
    'ui script and styles (those the home or search page links)': sum((n) => /\.(js|css)$/.test(n) && !['pagefind.js', 'pagefind-worker.js'].includes(n) && home.includes(`/pagefind/${n}`)),
  };
  return {
    total: Object.values(parts).reduce((a, b) => a + b, 0),
    parts,
    indexBytes: files.reduce((n, f) => n + sizeOf(f), 0),
  };
}

export interface PageWeight {
  sampled: number;
  gzipMedian: number;
  gzipMax: number;
  /** Largest JavaScript a sampled page loads before any interaction: inline scripts plus module scripts it links. */
  jsMax: number;
}

/** Gzipped HTML size and up-front JavaScript of tool pages (`/servers/<id>/<tool>/index.html`), sampled evenly. */
export function toolPageWeight(dist: string, sample = 300): PageWeight {
  const serversDir = join(dist, 'servers');
  const pages: string[] = [];
  for (const server of readdirSync(serversDir, { withFileTypes: true })) {
    if (!server.isDirectory()) continue;
    for (const tool of readdirSync(join(serversDir, server.name), { withFileTypes: true })) {
      if (tool.isDirectory()) pages.push(join(serversDir, server.name, tool.name, 'index.html'));
    }
  }
  const step = Math.max(1, Math.floor(pages.length / sample));
  const picked = pages.filter((_, i) => i % step === 0);
  const gz: number[] = [];
  const js: number[] = [];
  for (const page of picked) {
    const html = readFileSync(page);
    gz.push(gzipSync(html).length);
    js.push(scriptBytes(html.toString('utf8'), dist));
  }
  return { sampled: picked.length, gzipMedian: median(gz), gzipMax: maxOf(gz), jsMax: maxOf(js) };
}

function scriptBytes(html: string, dist: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src?.startsWith('/')) {
      try {
        bytes += sizeOf(join(dist, src));
      } catch {
        // A script outside dist (another origin) is not ours to weigh.
      }
    } else bytes += Buffer.byteLength(m[2] ?? '');
  }
  return bytes;
}
