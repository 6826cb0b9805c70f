import { browseOf, browseUrls } from './browse.ts';
import { absoluteUrl } from './links.ts';
import type { Site } from './model.ts';
import { XML_DECLARATION, xmlText } from './xml.ts';

/** URLs per sitemap file; the protocol allows 50,000, smaller files are fetched and diffed faster. */
export const SITEMAP_CHUNK = 10_000;
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';
export const sitemapChunkPath = (n: number) => `/sitemap/${n}.xml`;

export interface SitemapUrl {
  loc: string;
  /** YYYY-MM-DD, where the catalog knows when the page's data changed. */
  lastmod?: string;
}

/**
 * The routes of the hand-made pages, from their files under src/pages: dynamic routes
 * (`[param]`), endpoints and error pages are not pages to list.
 */
export function staticPageRoutes(pageFiles: readonly string[]): string[] {
  const routes = new Set<string>();
  for (const file of pageFiles) {
    const rel = file.replace(/^.*?src\/pages\//, '');
    const match = /^(.*?)\.(astro|md|mdx|html)$/.exec(rel);
    if (!match || rel.includes('[') || /(^|\/)_/.test(rel)) continue;
    const route = match[1]!.replace(/(^|\/)index$/, '');
    if (/^(404|500)$/.test(route)) continue;
    routes.add(route === '' ? '/' : `/${route}/`);
  }
  return [...routes].sort();
}

/** The hand-made pages and the browse lists (their routes come from paginate(), not from files). */
export function listedRoutes(site: Site, pageFiles: readonly string[]): string[] {
  return [...staticPageRoutes(pageFiles), ...browseUrls(browseOf(site))];
}

/** Every page: the hand-made ones, then each server and each of its tools. */
export function sitemapUrls(site: Site, staticRoutes: readonly string[]): SitemapUrl[] {
  const urls: SitemapUrl[] = staticRoutes.map((r) => ({ loc: absoluteUrl(r) }));
  for (const s of site.servers) {
    urls.push({ loc: absoluteUrl(s.url), lastmod: s.server.updated });
    for (const t of s.tools) urls.push({ loc: absoluteUrl(t.url), lastmod: s.server.updated });
  }
  return urls;
}

export function chunks<T>(items: readonly T[], size: number = SITEMAP_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function locXml(tag: 'url' | 'sitemap', u: SitemapUrl): string {
  return `  <${tag}><loc>${xmlText(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</${tag}>`;
}

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  return [XML_DECLARATION, `<urlset xmlns="${NS}">`, ...urls.map((u) => locXml('url', u)), '</urlset>', ''].join('\n');
}

/** The index names one sitemap per chunk, with the latest lastmod of the chunk. */
export function sitemapIndexXml(urlChunks: readonly SitemapUrl[][]): string {
  const entries = urlChunks.map((chunk, i) => {
    const lastmod = chunk.reduce<string | undefined>((max, u) => (u.lastmod && (!max || u.lastmod > max) ? u.lastmod : max), undefined);
    return locXml('sitemap', { loc: absoluteUrl(sitemapChunkPath(i + 1)), ...(lastmod && { lastmod }) });
  });
  return [XML_DECLARATION, `<sitemapindex xmlns="${NS}">`, ...entries, '</sitemapindex>', ''].join('\n');
}

export function robotsTxt(): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_INDEX_PATH)}\n`;
}
