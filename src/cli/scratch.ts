import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** Where the site goes: `ATLAS_OUT_DIR` when set, else `dist/` in the project. */
export function outDirOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ATLAS_OUT_DIR || join(root, 'dist'));
}

/** The last line of every build that stopped early. */
export const nothingBuilt = (outDir: string) => `Nothing was built; ${outDir} is unchanged.`;

/**
 * The work folders of one build process under `.build/`, named by its process id so that
 * concurrent builds never share one: the site being built, the old site while it is swapped
 * out, and the search index Pagefind writes beside the render. The launcher removes the first
 * and last when a build process dies before it could clean up (src/cli/build.ts).
 */
export function scratchDirs(root: string, pid: number = process.pid) {
  const dir = join(root, '.build');
  return {
    staging: join(dir, `staging-${pid}`),
    retired: join(dir, `retired-${pid}`),
    searchIndex: join(dir, `pagefind-${pid}`),
  };
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
