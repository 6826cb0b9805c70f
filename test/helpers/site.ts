import { checkCatalog } from '../../src/catalog/check.ts';
import { buildSite, type Site } from '../../src/site/model.ts';

/** The site model of a fixture catalog, through the real check (which must pass). */
export function fixtureSite(dir: string): Site {
  const result = checkCatalog(dir);
  if (result.errorCount > 0) throw new Error(`fixture ${dir} has errors: ${JSON.stringify(result.diagnostics)}`);
  return buildSite(result.files.map((f) => f.server));
}
