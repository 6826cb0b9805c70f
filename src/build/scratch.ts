// The build's folders, shared by the launcher (src/cli/build.ts and heap.ts), the build
// (src/cli/build-site.ts) and the search integration: where the site goes, the work folders of
// each build process under .build/, and the swap that puts a finished site in place.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Where the site goes: `ATLAS_OUT_DIR` when set, else `dist/` in the project. */
export function outDirOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ATLAS_OUT_DIR || join(root, 'dist'));
}

/** The last line of every build that stopped early. */
export const nothingBuilt = (outDir: string) => `Nothing was built; ${outDir} is unchanged.`;

/** A work folder's name: what it holds, and the build process it belongs to. */
const workName = (kind: string, pid: number) => `${kind}-${pid}`;

/**
 * The work folders of one build process under `.build/`, named by its process id so that
 * concurrent builds never share one: the site being built, and the search index Pagefind
 * writes beside the render. Removed by the launcher once their build process is gone (see
 * abandonedWorkDirs).
 */
export function scratchDirs(root: string, pid: number = process.pid) {
  const dir = join(root, '.build');
  return { staging: join(dir, workName('staging', pid)), searchIndex: join(dir, workName('pagefind', pid)) };
}

/** Names of the folders a build swaps through beside `outDir` start with this. */
const swapPrefix = (outDir: string) => `.${basename(outDir)}.`;

/**
 * The folders beside `outDir` that one build process swaps through: the site copied in from
 * another file system, and the old site moved out of the way. Beside it, because a rename
 * cannot cross file systems.
 */
export function swapDirs(outDir: string, pid: number = process.pid) {
  const beside = (kind: string) => join(dirname(outDir), swapPrefix(outDir) + workName(kind, pid));
  return { incoming: beside('incoming'), retired: beside('retired') };
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The work folders in `dir` named `prefix` + one of `kinds` + `-<pid>`, of processes that are gone. */
function foldersOfGoneProcesses(dir: string, prefix: string, kinds: readonly string[], running: (pid: number) => boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const work = name.startsWith(prefix) ? /^([a-z]+)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    return work !== null && kinds.includes(work[1]!) && !running(Number(work[2]));
  }).map((name) => join(dir, name));
}

/**
 * Work folders left by builds that are gone: under `.build/`, and beside `outDir`, from a
 * build killed before it could clean up or an old site whose removal was cut short. An old
 * site is left alone while `outDir` is missing: a build killed between its two renames leaves
 * the only copy of the previous site there.
 */
export function abandonedWorkDirs(root: string, outDir: string, running: (pid: number) => boolean = isRunning): string[] {
  return [
    ...foldersOfGoneProcesses(join(root, '.build'), '', ['staging', 'pagefind'], running),
    ...foldersOfGoneProcesses(dirname(outDir), swapPrefix(outDir), existsSync(outDir) ? ['incoming', 'retired'] : ['incoming'], running),
  ];
}

/** Moves a finished folder into place; a copy when the two are on different file systems. */
export function moveInto(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Puts the site built in `staging` in place of `outDir` by renames, so that `outDir` is at
 * every moment the whole old site or the whole new one: the site is first moved beside
 * `outDir` (a copy when it was built on another file system). Returns the old site's new
 * folder, to be removed, or null when there was none. On failure `outDir` is as it was and
 * `staging` is gone.
 */
export function swapIntoPlace(staging: string, outDir: string, pid: number = process.pid): string | null {
  const { incoming, retired } = swapDirs(outDir, pid);
  try {
    mkdirSync(dirname(outDir), { recursive: true });
    moveInto(staging, incoming);
    if (!existsSync(outDir)) {
      renameSync(incoming, outDir);
      return null;
    }
    renameSync(outDir, retired);
    try {
      renameSync(incoming, outDir);
    } catch (error) {
      renameSync(retired, outDir);
      throw error;
    }
    return retired;
  } finally {
    for (const dir of [staging, incoming]) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Removes folders from one detached process that outlives this one. A previous site is tens
 * of thousands of files, and deleting them took longer than the swap itself (3 s of a
 * 5,000-tool build, after the new site was already in place).
 */
export function removeInBackground(dirs: readonly string[]): void {
  if (dirs.length === 0) return;
  const script = "import { rmSync } from 'node:fs'; for (const dir of process.argv.slice(1)) rmSync(dir, { recursive: true, force: true });";
  spawn(process.execPath, ['--input-type=module', '-e', script, ...dirs], { detached: true, stdio: 'ignore' }).unref();
}
