// The build itself, started by src/cli/build.ts with a heap cap sized for the catalog: check
// the catalog, build the site into a staging folder, then swap it into dist/. A failed check
// or build leaves an existing dist/ exactly as it was.
import { rmSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'astro';
import { checkCatalog } from '../catalog/check.ts';
import { catalogDir } from '../catalog/folder.ts';
import { reportCheck } from './check.ts';
import { handOverCheckedCatalog } from '../site/load.ts';
import { nothingBuilt, outDirOf, removeInBackground, scratchDirs, swapIntoPlace } from '../build/scratch.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = outDirOf(root);
const { staging } = scratchDirs(root);

// `npm run check` lists every warning; the build shows the first few and counts the rest.
const BUILD_WARNINGS_SHOWN = 20;

// In a function, so that nothing but the handed-over servers outlives the check.
function checkAndHandOver(): void {
  const checked = checkCatalog(catalogDir());
  if (!reportCheck(checked, console, BUILD_WARNINGS_SHOWN)) {
    console.error(nothingBuilt(outDir));
    process.exit(1);
  }
  handOverCheckedCatalog(catalogDir(), checked);
}
checkAndHandOver();

mkdirSync(dirname(staging), { recursive: true });
try {
  await build({
    root,
    outDir: staging,
    logLevel: process.env.ATLAS_LOG_LEVEL === 'silent' ? 'silent' : 'info',
    logger: { entrypoint: resolve(import.meta.dirname, 'astro-log.ts') },
  });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`The build failed. ${nothingBuilt(outDir)}`);
  process.exit(1);
}
let retired: string | null;
try {
  retired = swapIntoPlace(staging, outDir);
} catch (error) {
  console.error(`Could not put the site in place: ${error instanceof Error ? error.message : error}`);
  console.error(nothingBuilt(outDir));
  process.exit(1);
}
if (retired) removeInBackground([retired]);
console.log(`Site written to ${outDir}${retired ? `; the previous site is being removed from ${retired}` : ''}`);
