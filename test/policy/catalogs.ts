import { checkCatalog } from '../../src/catalog/check.ts';
import { buildSite, type Site } from '../../src/site/model.ts';

/** The shipped catalog and the fixture of awkward tool names, as the site model sees them. */
export const CATALOGS = ['catalog', 'test/fixtures/awkward-names'] as const;

export function siteOf(dir: string): Site {
  const result = checkCatalog(dir);
  if (result.errorCount > 0) throw new Error(`${dir}: ${result.diagnostics.map((d) => d.message).join('\n')}`);
  return buildSite(result.files.map((f) => f.server));
}

/** Names that differ from `name` by a little, with dots and dashes: a snippet must not match them. */
export function otherNames(name: string): string[] {
  const candidates = [`${name}.x`, `x-${name}`, name.slice(0, -1), `${name} `, 'other.tool-name', 'other-tool', name.toUpperCase()];
  return [...new Set(candidates)].filter((n) => n !== '' && n !== name);
}
