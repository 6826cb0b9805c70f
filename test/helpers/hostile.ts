import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, type BuildsExpectation, type HostileCase } from '../fixtures/hostile/cases.ts';
import type { Browser } from 'playwright-core';
import { filesOf, urlOfFile } from '../../src/verify/site.ts';
import { launchChromium } from './browser.ts';
import { buildCatalog, ROOT } from './build.ts';
import { serveDir, type StaticSite } from './serve.ts';

export type BuildingCase = HostileCase & { expect: BuildsExpectation };
export const BUILDING_CASES = CASES.filter((c): c is BuildingCase => c.expect.outcome === 'builds');

/** Writes cases as catalog files into `dir/servers/`; returns `dir`. */
export function writeCases(dir: string, cases: readonly HostileCase[]): string {
  mkdirSync(join(dir, 'servers'), { recursive: true });
  for (const c of cases) writeFileSync(join(dir, 'servers', `${c.name}.yaml`), c.file());
  return dir;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** A hash of everything a build reads: the catalog files, sources, config and locked dependencies. */
function buildInputsHash(files: ReadonlyMap<string, string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const [name, content] of files) hash.update(name).update(content);
  const inputs = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'public')), join(ROOT, 'astro.config.mjs'), join(ROOT, 'package-lock.json')];
  for (const f of inputs) hash.update(f).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const STALE_LOCK_MS = 15 * 60_000;

/**
 * The building half of the hostile corpus, built once by the real pipeline and shared by every
 * test file that needs it (test files run in parallel workers: the first builds, the others
 * wait). A later run reuses the build while nothing it reads has changed.
 */
export async function builtHostileSite(): Promise<string> {
  const files = new Map(BUILDING_CASES.map((c) => [`${c.name}.yaml`, c.file()] as const));
  const base = join(ROOT, '.build', 'hostile');
  const key = buildInputsHash(files);
  const site = join(base, `site-${key}`);
  const done = join(site, 'BUILT');
  const lock = `${site}.lock`;
  mkdirSync(base, { recursive: true });
  for (;;) {
    if (existsSync(done)) return join(site, 'dist');
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      for (const old of readdirSync(base)) if (!old.startsWith(`site-${key}`)) rmSync(join(base, old), { recursive: true, force: true });
      const catalog = join(site, 'catalog');
      rmSync(site, { recursive: true, force: true });
      mkdirSync(join(catalog, 'servers'), { recursive: true });
      for (const [name, content] of files) writeFileSync(join(catalog, 'servers', name), content);
      const result = await buildCatalog(catalog, join(site, 'dist'));
      if (!result.ok) throw new Error(`the hostile corpus did not build:\n${result.stdout}\n${result.stderr}`);
      writeFileSync(done, new Date().toISOString());
      return join(site, 'dist');
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** The built hostile site served on 127.0.0.1, with Chromium ready to visit it. */
export interface HostileSession {
  site: StaticSite;
  browser: Browser;
  /** URL paths of every built page, sorted. */
  pages: string[];
  close(): Promise<void>;
}

export async function openHostileSite(): Promise<HostileSession> {
  const dist = await builtHostileSite();
  const pages = [...filesOf(dist)].filter((f) => f.endsWith('.html')).map(urlOfFile).sort();
  const site = await serveDir(dist);
  const browser = await launchChromium();
  return {
    site,
    browser,
    pages,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
