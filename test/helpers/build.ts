import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  ok: boolean;
  outDir: string;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `npm run build` pipeline (check, `astro build`, swap into place) on a
 * catalog folder, writing into `outDir` (a fresh temporary folder unless given), with `env` added.
 */
export async function buildCatalog(catalogDir: string, outDir = mkdtempSync(join(tmpdir(), 'atlas-dist-')), env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/build.ts'], {
      cwd: ROOT,
      // A real build runs as production, whatever NODE_ENV the test runner set.
      env: { ...process.env, NODE_ENV: 'production', CATALOG_DIR: resolve(catalogDir), ATLAS_OUT_DIR: outDir, ATLAS_LOG_LEVEL: 'silent', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, outDir, stdout, stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, outDir, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

/** Runs `npm run check`'s entry point on a catalog folder; returns its exit code and output. */
export async function runCheck(catalogDir: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/check.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env, CATALOG_DIR: resolve(catalogDir) },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}
