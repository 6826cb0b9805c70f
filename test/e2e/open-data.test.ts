import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shapeOfPath } from '../../src/site/api-shapes.ts';
import { absoluteUrl, editUrl, reportClassificationUrl } from '../../src/site/links.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildCatalog } from '../helpers/build.ts';
import { serveDir, type StaticSite } from '../helpers/serve.ts';
import { fixtureSite } from '../helpers/site.ts';
import { elements, parseXml } from '../helpers/xml.ts';

// Builds a small catalog full of hostile text with the real pipeline, then reads every
// machine-readable output back: JSON against its shape, XML with a strict parser, and the
// pages' JSON-LD in a real browser against what the page shows.

const FIXTURE = 'test/fixtures/opendata';
const ORIGIN = new URL(absoluteUrl('/')).origin;
const model = fixtureSite(FIXTURE);
let dist: string;
let files: string[];
let browser: Browser;
let served: StaticSite;

/** Site paths of every file in the build, `/api/catalog.json`, `/about/index.html`. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(`/${relative(dir, abs).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return out.sort();
}

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The file a URL of the site is served from, or undefined when it is not part of the build. */
const fileOf = (url: string): string | undefined => {
  const { pathname } = new URL(url);
  const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return existsSync(join(dist, path)) ? path : undefined;
};
const htmlPages = () => files.filter((f) => f.endsWith('.html') && f !== '/404.html');
const pageUrl = (file: string) => absoluteUrl(file.replace(/index\.html$/, ''));

beforeAll(async () => {
  const build = await buildCatalog(FIXTURE);
  expect(build.ok, build.stderr).toBe(true);
  dist = build.outDir;
  files = listFiles(dist);
  [browser, served] = await Promise.all([launchChromium(), serveDir(dist)]);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('JSON outputs', () => {
  test('every JSON file under /api/ parses against the shape declared for its path', () => {
    const json = files.filter((f) => f.endsWith('.json'));
    expect(json).toContain('/api/catalog.json');
    expect(json.filter((f) => f.startsWith('/api/servers/'))).toHaveLength(model.servers.length);
    for (const path of json.filter((f) => f.startsWith('/api/'))) {
      const shape = shapeOfPath(path);
      expect(shape, `no shape declared for ${path}`).toBeDefined();
      const data = JSON.parse(read(path));
      const parsed = shape!.safeParse(data);
      expect(parsed.success ? [] : parsed.error.issues, path).toEqual([]);
    }
  });

  test('the catalog lists exactly the tool pages that were built, and its links resolve', () => {
    const catalog = JSON.parse(read('/api/catalog.json'));
    const toolUrls: string[] = catalog.servers.flatMap((s: any) => s.tools.map((t: any) => t.url));
    const toolPages = htmlPages().filter((f) => /^\/servers\/[^/]+\/[^/]+\/index\.html$/.test(f));
    expect(toolUrls.sort()).toEqual(toolPages.map(pageUrl).sort());
    for (const s of catalog.servers) {
      for (const u of [s.url, s.api, s.feed]) expect(fileOf(u), u).toBeDefined();
      for (const t of s.tools) expect(JSON.parse(read(fileOf(t.api)!))).toMatchObject({ server: s.id, tool: t.name, category: t.classification.category });
    }
  });
});

describe('feeds and sitemaps', () => {
  const absoluteUrls = (doc: ReturnType<typeof parseXml>) => [
    ...elements(doc, 'link').map((l) => l.attributes.href!),
    ...elements(doc, 'loc').map((l) => l.text),
    ...elements(doc, 'id').map((i) => i.text),
  ];

  test('the site feed and each server feed are well-formed Atom with absolute URLs that resolve', () => {
    const feeds = files.filter((f) => f.endsWith('/feed.xml'));
    expect(feeds.sort()).toEqual(['/feed.xml', ...model.servers.map((s) => `/servers/${s.server.id}/feed.xml`)].sort());
    for (const path of feeds) {
      const doc = parseXml(read(path));
      expect(doc.name, path).toBe('feed');
      for (const u of absoluteUrls(doc)) {
        expect(new URL(u).origin, u).toBe(ORIGIN);
        expect(fileOf(u), u).toBeDefined();
      }
    }
    expect(elements(parseXml(read('/feed.xml')), 'entry')).toHaveLength(model.tools.length);
  });

  test('the sitemap index and its chunks list every page once, and nothing else', () => {
    const index = parseXml(read('/sitemap-index.xml'));
    expect(index.name).toBe('sitemapindex');
    const listed: string[] = [];
    for (const loc of elements(index, 'loc').map((l) => l.text)) {
      expect(new URL(loc).origin).toBe(ORIGIN);
      const chunk = parseXml(read(fileOf(loc)!));
      expect(chunk.name).toBe('urlset');
      listed.push(...elements(chunk, 'loc').map((l) => l.text));
    }
    expect(listed.sort()).toEqual(htmlPages().map(pageUrl).sort());
    expect(read('/robots.txt')).toContain(`Sitemap: ${absoluteUrl('/sitemap-index.xml')}`);
  });

  test('llms.txt and llms-full.txt link every server and tool page', () => {
    const index = read('/llms.txt');
    const full = read('/llms-full.txt');
    for (const s of model.servers) expect(index).toContain(`(${absoluteUrl(s.url)})`);
    for (const t of model.tools) expect(full).toContain(absoluteUrl(t.url));
  });
});

interface PageData {
  canonical: string | null;
  ogUrl: string | null;
  ldTexts: string[];
  faq: Array<[string, string]>;
  edit: string | null;
  report: string | null;
}

async function pageData(page: Page, file: string): Promise<PageData> {
  await page.goto(`${served.url}${file.replace(/index\.html$/, '')}`);
  return page.evaluate(() => {
    const attr = (sel: string, name: string) => document.querySelector(sel)?.getAttribute(name) ?? null;
    const link = (text: string) => [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === text)?.getAttribute('href') ?? null;
    const visible = (el: Element) => (el as HTMLElement).checkVisibility() && (el as HTMLElement).innerText.trim() !== '';
    const dts = [...document.querySelectorAll('.faq dt')].filter(visible);
    return {
      canonical: attr('link[rel="canonical"]', 'href'),
      ogUrl: attr('meta[property="og:url"]', 'content'),
      ldTexts: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      faq: dts.map((dt) => [(dt as HTMLElement).innerText.trim(), (dt.nextElementSibling as HTMLElement).innerText.trim()] as [string, string]),
      edit: link('Edit this page'),
      report: link('Report a wrong classification'),
    };
  });
}

describe('pages in a browser', () => {
  test('every page has breadcrumbs as JSON-LD and Open Graph data for its canonical URL; no catalog text runs', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const file of htmlPages()) {
      const data = await pageData(page, file);
      const url = pageUrl(file);
      expect(data.canonical, file).toBe(url);
      expect(data.ogUrl, file).toBe(url);
      const ld = data.ldTexts.map((t) => JSON.parse(t));
      const crumbs = ld.filter((d) => d['@type'] === 'BreadcrumbList');
      expect(crumbs, file).toHaveLength(1);
      expect(crumbs[0].itemListElement.at(-1).item, file).toBe(url);
      expect(crumbs[0].itemListElement[0].item, file).toBe(absoluteUrl('/'));
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test('a tool page\'s FAQPage holds exactly the questions and answers it shows; edit and report links are there', async () => {
    const page = await browser.newPage();
    for (const tool of model.tools) {
      const data = await pageData(page, `${tool.url}index.html`);
      const faq = data.ldTexts.map((t) => JSON.parse(t)).filter((d) => d['@type'] === 'FAQPage');
      expect(faq, tool.url).toHaveLength(1);
      const structured = faq[0].mainEntity.map((q: any) => [q.name, q.acceptedAnswer.text]);
      expect(data.faq.length, tool.url).toBeGreaterThan(0);
      expect(structured, tool.url).toEqual(data.faq);
      expect(data.edit).toBe(editUrl(tool.server));
      expect(data.report).toBe(reportClassificationUrl(tool));
    }
    await page.close();
  });

  test('a server page describes the server as a SoftwareApplication, with edit and report links', async () => {
    const page = await browser.newPage();
    for (const server of model.servers) {
      const data = await pageData(page, `${server.url}index.html`);
      const apps = data.ldTexts.map((t) => JSON.parse(t)).filter((d) => d['@type'] === 'SoftwareApplication');
      expect(apps).toHaveLength(1);
      expect(apps[0]).toMatchObject({ name: server.server.name, description: server.server.description, url: absoluteUrl(server.url) });
      expect(data.edit).toBe(editUrl(server));
      expect(data.report).toBe(reportClassificationUrl(server));
    }
    await page.close();
  });

  test('the 404 page offers a search that goes to /search/?q=', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${served.url}/servers/no-such-server/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    // It answers for any missing address, so it names none as its own.
    expect(await page.locator('link[rel="canonical"], meta[property="og:url"], script[type="application/ld+json"]').count()).toBe(0);
    await page.getByLabel('Search tools and servers').fill('delete & <drop>');
    await Promise.all([page.waitForURL(/\/search\//), page.getByRole('button', { name: 'Search' }).click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe('delete & <drop>');
    await page.close();
  });
});
