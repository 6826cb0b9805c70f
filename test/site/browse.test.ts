import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { CATEGORIES, RISK_CLASSES, riskOf } from '../../src/catalog/schema/category.ts';
import { browseOf, browseUrls, buildBrowse, categoryUrl, pagedUrls, riskUrl } from '../../src/site/browse.ts';
import { buildSite } from '../../src/site/model.ts';
import { LISTED_READ_TOOLS, paymentsServer } from '../fixtures/search/catalog.ts';

const site = buildSite([...checkCatalog('catalog').files.map((f) => f.server), paymentsServer()]);
const browse = buildBrowse(site);

describe('browse lists', () => {
  test('every tool is listed under exactly one category, A–Z', () => {
    expect(browse.categories.map((c) => c.category)).toEqual([...CATEGORIES]);
    const listed = browse.categories.flatMap((c) => c.tools);
    expect(new Set(listed)).toEqual(new Set(site.tools));
    expect(listed).toHaveLength(site.tools.length);
    for (const c of browse.categories) {
      expect(c.tools.every((t) => t.category === c.category)).toBe(true);
      const names = c.tools.map((t) => t.tool.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    }
    expect(browse.categories.find((c) => c.category === 'Read')!.tools.length).toBeGreaterThan(LISTED_READ_TOOLS);
  });

  test('risk lists hold the tools of the categories riskOf maps to them', () => {
    expect(browse.risks.map((r) => r.risk)).toEqual([...RISK_CLASSES]);
    for (const r of browse.risks) {
      expect(r.categories).toEqual(CATEGORIES.filter((c) => riskOf(c) === r.risk));
      expect(r.tools.every((t) => t.risk === r.risk)).toBe(true);
    }
    expect(browse.risks.reduce((n, r) => n + r.tools.length, 0)).toBe(site.tools.length);
    expect(browse.risks.find((r) => r.risk === 'Critical')!.categories).toEqual(['Destructive', 'Financial']);
  });

  test('slugs and URLs are lowercase', () => {
    expect(categoryUrl('Destructive')).toBe('/categories/destructive/');
    expect(riskUrl('Critical')).toBe('/risk/critical/');
  });

  test('a server bar adds up to the whole and says its counts in words', () => {
    const amq = browse.servers.find((s) => s.entry.server.id === 'amazon-mq')!;
    const counts = amq.entry.categoryCounts;
    expect(amq.bar.map((s) => s.category)).toEqual(CATEGORIES.filter((c) => counts[c] > 0));
    expect(amq.bar.reduce((n, s) => n + s.percent, 0)).toBeCloseTo(100, 0);
    amq.bar.forEach((s, i) => expect(s.offset).toBeCloseTo(amq.bar.slice(0, i).reduce((n, p) => n + p.percent, 0), 5));
    expect(amq.barLabel).toBe(amq.bar.map((s) => `${s.category} ${counts[s.category]}`).join(', '));
  });

  test('servers keep the model order (A–Z) and the lists are built once per site', () => {
    expect(browse.servers.map((s) => s.entry)).toEqual(site.servers);
    expect(browseOf(site)).toBe(browseOf(site));
  });
});

describe('browse URLs', () => {
  test('number later pages as paginate() does, and an empty list still has its first page', () => {
    expect(pagedUrls('/categories/read/', 0, 50)).toEqual(['/categories/read/']);
    expect(pagedUrls('/categories/read/', 50, 50)).toEqual(['/categories/read/']);
    expect(pagedUrls('/categories/read/', 101, 50)).toEqual(['/categories/read/', '/categories/read/2/', '/categories/read/3/']);
  });

  test('list every category and risk page once, and the server pages', () => {
    const urls = browseUrls(browse);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('/servers/');
    expect(urls).toContain('/categories/read/2/');
    for (const c of CATEGORIES) expect(urls).toContain(categoryUrl(c));
    for (const r of RISK_CLASSES) expect(urls).toContain(riskUrl(r));
  });
});
