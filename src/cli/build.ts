// `npm run build`: sizes Node's heap for the catalog, then runs the build (src/cli/build-site.ts)
// in a process started with that cap, since V8 takes it only at start. Kept light: it reads the
// catalog's bytes to estimate its size and imports nothing of the site.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogDir, roughCatalogToolCount } from '../catalog/folder.ts';
import { buildNodeFlags, chooseHeap, diedMessage, type HeapChoice } from './heap.ts';
import { abandonedWorkDirs, nothingBuilt, outDirOf, removeInBackground } from '../build/scratch.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = outDirOf(root);

let heap: HeapChoice;
try {
  heap = chooseHeap(roughCatalogToolCount(catalogDir()));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(nothingBuilt(outDir));
  process.exit(1);
}
console.log(`Node heap cap ${heap.mb.toLocaleString('en-US')} MB (${heap.reason})`);
removeInBackground(abandonedWorkDirs(root, outDir));

const child = spawn(process.execPath, [...buildNodeFlags(heap.mb), resolve(import.meta.dirname, 'build-site.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
// Ctrl-C reaches the build too (same process group) and it stops on its own; a SIGTERM sent
// to this process alone is passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('error', (error) => {
  console.error(`Could not start the build: ${error.message}\n${nothingBuilt(outDir)}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    // The build had no chance to clean up: its half-built site, index and copy go now, by the
    // same rule as those of any build that is gone (an old site it swapped out stays while
    // the output folder is missing).
    for (const dir of abandonedWorkDirs(root, outDir)) rmSync(dir, { recursive: true, force: true });
    console.error(diedMessage(signal, heap, outDir));
    process.exit(1);
  }
  process.exit(code ?? 1);
});
