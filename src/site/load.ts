import { catalogDir, checkCatalog } from '../catalog/check.ts';
import { CatalogError } from '../catalog/diagnostics.ts';
import { buildSite, type Site } from './model.ts';

let cached: { dir: string; site: Site } | undefined;

/**
 * The site model for the catalog in `CATALOG_DIR` (or catalog/), loaded once per process
 * and shared by every page. An invalid catalog throws with every error listed.
 */
export function getSite(dir: string = catalogDir()): Site {
  if (cached?.dir === dir) return cached.site;
  const result = checkCatalog(dir);
  if (result.errorCount > 0) throw new CatalogError(result.diagnostics);
  const site = buildSite(result.files.map((f) => f.server));
  cached = { dir, site };
  return site;
}
