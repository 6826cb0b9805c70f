import { CATEGORIES, RISK_CLASSES, riskOf, type Category, type RiskClass } from '../catalog/schema/category.ts';
import type { ServerEntry, Site, ToolEntry } from './model.ts';

/** Tools per page on the category and risk pages; servers per page on /servers/. */
export const TOOLS_PER_PAGE = 50;
export const SERVERS_PER_PAGE = 60;

export const categorySlug = (category: Category) => category.toLowerCase();
export const riskSlug = (risk: RiskClass) => risk.toLowerCase();
export const categoryUrl = (category: Category) => `/categories/${categorySlug(category)}/`;
export const riskUrl = (risk: RiskClass) => `/risk/${riskSlug(risk)}/`;

export interface CategoryListing {
  category: Category;
  slug: string;
  url: string;
  risk: RiskClass;
  /** Every tool of the category, A–Z by name, then by server. */
  tools: ToolEntry[];
}

export interface RiskListing {
  risk: RiskClass;
  slug: string;
  url: string;
  /** The categories that carry this risk class (riskOf decides). */
  categories: Category[];
  tools: ToolEntry[];
}

export interface BarSegment {
  category: Category;
  count: number;
  /** Share of the server's tools, in percent, for the bar's width. */
  percent: number;
  /** Where the segment starts: the percents of the segments before it. */
  offset: number;
}

export interface ServerListing {
  entry: ServerEntry;
  /** Categories the server has tools in, in category order; empty ones left out. */
  bar: BarSegment[];
  /** The bar in words, for everyone who cannot tell the colours apart. */
  barLabel: string;
}

export interface Browse {
  categories: CategoryListing[];
  risks: RiskListing[];
  /** Servers A–Z (the site model's order). */
  servers: ServerListing[];
}

const byName = (a: ToolEntry, b: ToolEntry) =>
  a.tool.name.localeCompare(b.tool.name, 'en') || a.server.server.id.localeCompare(b.server.server.id);

export function serverBar(entry: ServerEntry): Pick<ServerListing, 'bar' | 'barLabel'> {
  const total = entry.tools.length;
  const bar: BarSegment[] = [];
  let offset = 0;
  for (const category of CATEGORIES) {
    const count = entry.categoryCounts[category];
    if (count === 0) continue;
    const percent = Math.round((count / total) * 1000) / 10;
    bar.push({ category, count, percent, offset: Math.round(offset * 10) / 10 });
    offset += percent;
  }
  const barLabel = bar.length === 0 ? 'No tools' : bar.map((s) => `${s.category} ${s.count}`).join(', ');
  return { bar, barLabel };
}

/** Every browse list, built once from the site model: one pass over the tools. */
export function buildBrowse(site: Site): Browse {
  const byCategory = new Map<Category, ToolEntry[]>(CATEGORIES.map((c) => [c, []]));
  for (const tool of site.tools) byCategory.get(tool.category)!.push(tool);
  const categories = CATEGORIES.map((category) => ({
    category,
    slug: categorySlug(category),
    url: categoryUrl(category),
    risk: riskOf(category),
    tools: byCategory.get(category)!.sort(byName),
  }));
  const risks = RISK_CLASSES.map((risk) => {
    const inRisk = categories.filter((c) => c.risk === risk);
    return {
      risk,
      slug: riskSlug(risk),
      url: riskUrl(risk),
      categories: inRisk.map((c) => c.category),
      tools: inRisk.flatMap((c) => c.tools).sort(byName),
    };
  });
  const servers = site.servers.map((entry) => ({ entry, ...serverBar(entry) }));
  return { categories, risks, servers };
}

const cache = new WeakMap<Site, Browse>();

/** The browse lists of a site model, built on first use and shared by every page. */
export function browseOf(site: Site): Browse {
  let browse = cache.get(site);
  if (!browse) {
    browse = buildBrowse(site);
    cache.set(site, browse);
  }
  return browse;
}

/** The pages a list fills, numbered as Astro's paginate() does: `base`, `base2/`, `base3/`… */
export function pagedUrls(base: string, items: number, perPage: number): string[] {
  const pages = Math.max(1, Math.ceil(items / perPage));
  return Array.from({ length: pages }, (_, i) => (i === 0 ? base : `${base}${i + 1}/`));
}

/** Every browse page (servers A–Z, each category, each risk class, with their later pages), for the sitemap. */
export function browseUrls(browse: Browse): string[] {
  return [
    ...pagedUrls('/servers/', browse.servers.length, SERVERS_PER_PAGE),
    ...browse.categories.flatMap((c) => pagedUrls(c.url, c.tools.length, TOOLS_PER_PAGE)),
    ...browse.risks.flatMap((r) => pagedUrls(r.url, r.tools.length, TOOLS_PER_PAGE)),
  ];
}
