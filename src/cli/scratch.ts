import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Where the site goes: `ATLAS_OUT_DIR` when set, else `dist/` in the project. */
export function outDirOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ATLAS_OUT_DIR || join(root, 'dist'));
}

/** The last line of every build that stopped early. */
export const nothingBuilt = (outDir: string) => `Nothing was built; ${outDir} is unchanged.`;

/**
 * The work folders of one build process under `.build/`, named by its process id so that
 * concurrent builds never share one: the site being built, and the search index Pagefind
 * writes beside the render. The launcher removes both when a build process dies before it
 * could clean up (src/cli/build.ts), and those of builds long gone before it starts one.
 */
export function scratchDirs(root: string, pid: number = process.pid) {
  const dir = join(root, '.build');
  return { staging: join(dir, `staging-${pid}`), searchIndex: join(dir, `pagefind-${pid}`) };
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The folders in `dir` whose names `pattern` matches, with the process id it captures, of processes that are gone. */
function foldersOfGoneProcesses(dir: string, pattern: RegExp, running: (pid: number) => boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const pid = pattern.exec(name)?.[1];
    return pid !== undefined && !running(Number(pid));
  }).map((name) => join(dir, name));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Work folders left by builds that are gone: under `.build/`, and beside `outDir` (see
 * swapDirs), from a build killed before it could clean up or an old site whose removal was
 * cut short. An old site is left alone while `outDir` is missing: a build killed between its
 * two renames leaves the only copy of the previous site there.
 */
export function abandonedWorkDirs(root: string, outDir: string, running: (pid: number) => boolean = isRunning): string[] {
  const besideOut = existsSync(outDir) ? '(?:incoming|retired)' : 'incoming';
  return [
    ...foldersOfGoneProcesses(join(root, '.build'), /^(?:staging|pagefind)-(\d+)$/, running),
    ...foldersOfGoneProcesses(dirname(outDir), new RegExp(`^\\.${escapeRegExp(basename(outDir))}\\.${besideOut}-(\\d+)$`), running),
  ];
}

/**
 * The folders beside `outDir` that one build process swaps through: the site copied in from
 * another file system, and the old site moved out of the way. Beside it, because a rename
 * cannot cross file systems.
 */
export function swapDirs(outDir: string, pid: number = process.pid) {
  const beside = (what: string) => join(dirname(outDir), `.${basename(outDir)}.${what}-${pid}`);
  return { incoming: beside('incoming'), retired: beside('retired') };
}

/**
 * Puts the site built in `staging` in place of `outDir` by renames, so that `outDir` is at
 * every moment the whole old site or the whole new one. A site built on another file system
 * is first copied beside `outDir`. Returns the old site's new folder, to be removed, or null
 * when there was none. On failure `outDir` is as it was and `staging` is gone.
 */
export function swapIntoPlace(staging: string, outDir: string, pid: number = process.pid): string | null {
  const { incoming, retired } = swapDirs(outDir, pid);
  let ready = staging;
  try {
    mkdirSync(dirname(outDir), { recursive: true });
    if (statSync(staging).dev !== statSync(dirname(outDir)).dev) {
      cpSync(staging, incoming, { recursive: true });
      ready = incoming;
    }
    if (!existsSync(outDir)) {
      renameSync(ready, outDir);
      return null;
    }
    renameSync(outDir, retired);
    try {
      renameSync(ready, outDir);
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
 * Removes a folder from a detached process that outlives this one. A previous site is tens of
 * thousands of files, and deleting them took longer than the swap itself (3 s of a 5,000-tool
 * build, after the new site was already in place).
 */
export function removeInBackground(dir: string): void {
  const remover = spawn(process.execPath, ['--input-type=module', '-e', "import { rmSync } from 'node:fs'; rmSync(process.argv[1], { recursive: true, force: true });", dir], {
    detached: true,
    stdio: 'ignore',
  });
  remover.unref();
}
