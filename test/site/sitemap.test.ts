import { describe, expect, test } from 'vitest';
import { absoluteUrl } from '../../src/site/links.ts';
import { chunks, listedRoutes, robotsTxt, sitemapIndexXml, sitemapUrls, staticPageRoutes, urlsetXml } from '../../src/site/sitemap.ts';
import { elements, parseXml } from '../helpers/xml.ts';
import { fixtureSite } from '../helpers/site.ts';

const site = fixtureSite('test/fixtures/opendata');

describe('sitemaps', () => {
  test('hand-made pages come from their file names; dynamic routes, endpoints and error pages do not', () => {
    expect(
      staticPageRoutes([
        '/src/pages/index.astro',
        '/src/pages/about.mdx',
        '/src/pages/servers/index.astro',
        '/src/pages/servers/[server]/index.astro',
        '/src/pages/servers/[server]/[tool].astro',
        '/src/pages/search/index.astro',
        '/src/pages/api.astro',
        '/src/pages/404.astro',
        '/src/pages/_draft.astro',
        '/src/pages/feed.xml.ts',
      ]),
    ).toEqual(['/', '/about/', '/api/', '/search/', '/servers/']);
  });

  test('every server and tool page is listed once, with the date its data changed', () => {
    const urls = sitemapUrls(site, ['/']);
    expect(urls).toHaveLength(1 + site.servers.length + site.tools.length);
    expect(new Set(urls.map((u) => u.loc)).size).toBe(urls.length);
    const tool = site.tools[0]!;
    expect(urls.find((u) => u.loc === absoluteUrl(tool.url))?.lastmod).toBe(tool.server.server.updated);
  });

  test('split into chunks that the index lists, with absolute URLs, all well-formed XML', () => {
    const urls = sitemapUrls(site, ['/', '/about/']);
    const parts = chunks(urls, 4);
    expect(urls).toHaveLength(9);
    expect(parts.map((p) => p.length)).toEqual([4, 4, 1]);
    expect(parts.flat()).toEqual(urls);
    const index = parseXml(sitemapIndexXml(parts));
    expect(index.name).toBe('sitemapindex');
    expect(elements(index, 'loc').map((l) => l.text)).toEqual([1, 2, 3].map((n) => absoluteUrl(`/sitemap/${n}.xml`)));
    const listed = parts.flatMap((p) => elements(parseXml(urlsetXml(p)), 'loc').map((l) => l.text));
    expect(listed).toEqual(urls.map((u) => u.loc));
    for (const loc of listed) expect(new URL(loc).origin).toBe(new URL(absoluteUrl('/')).origin);
    expect(chunks([], 3)).toEqual([[]]);
  });

  test('robots.txt allows everything and names the sitemap index', () => {
    expect(robotsTxt()).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robotsTxt()).toContain(`Sitemap: ${absoluteUrl('/sitemap-index.xml')}\n`);
  });
});

describe('listed routes', () => {
  test('add the browse pages to the hand-made ones', () => {
    const routes = listedRoutes(site, ['/src/pages/index.astro', '/src/pages/servers/[...page].astro']);
    expect(routes).toContain('/');
    expect(routes).toContain('/servers/');
    expect(routes).toContain('/categories/destructive/');
    expect(routes).toContain('/risk/low/');
  });
});
