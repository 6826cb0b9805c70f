import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildCatalog, ROOT } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveDir, type StaticSite } from '../helpers/serve.ts';
import { LISTED_READ_TOOLS, searchCatalog } from '../fixtures/search/catalog.ts';

let dist: string;
let site: StaticSite;
let browser: Browser;
let problems: string[] = [];

/** Pages per search bundle in this build: small, so that the fixture's index comes as several bundles. */
const SHARD_PAGES = 20;

beforeAll(async () => {
  const built = await buildCatalog(searchCatalog(), undefined, { ATLAS_SEARCH_SHARD_PAGES: String(SHARD_PAGES) });
  expect(built.ok, built.stderr).toBe(true);
  dist = built.outDir;
  site = await serveDir(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

afterEach(() => {
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
});

/** A page that records console errors, uncaught exceptions and what screen readers are told. */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light', bypassCSP = false): Promise<Page> {
  // Tall enough that every result is in view: Pagefind loads result data as it scrolls into view.
  const page = await browser.newPage({ viewport: { width: 1280, height: 2400 }, colorScheme, bypassCSP });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const heard: string[] = ((window as unknown as { __heard: string[] }).__heard = []);
    new MutationObserver((records) => {
      for (const r of records) {
        const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live]');
        if (region?.textContent?.trim()) heard.push(region.textContent.trim());
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${site.url}${path}`);
  return page;
}

/** Search runs in the browser after the index loads: give it time on a busy machine. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const resultNames = (page: Page) => page.locator('pagefind-results .search-result-title').allInnerTexts();
const resultCategories = (page: Page) => page.locator('pagefind-results .search-result .badge.category').allInnerTexts();
const pageInput = (page: Page) => page.locator('pagefind-input input');
const categoryBox = (page: Page, category: string) => page.locator(`pagefind-filter-pane input[name="category"][value="${category}"]`);

describe('header search box', () => {
  test('takes the room it needs before its script runs: the page does not move when it appears', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.url}/servers/amazon-mq/rabbitmq-broker-purge-queue/`, { waitUntil: 'networkidle' });
    await poll(() => page.locator('pagefind-searchbox input').count()).toBe(1);
    await page.waitForTimeout(500);
    // Cumulative layout shift, as browsers report it: it was 0.03 before the room was kept.
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.005);
    await page.close();
  });

  test('"/" focuses it; typing get_job_status shows that tool first; Esc closes', async () => {
    const page = await open('/servers/');
    await page.keyboard.press('/');
    const box = page.locator('pagefind-searchbox input');
    await poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('get_job_status');
    const first = page.locator('pagefind-searchbox [role="option"]').first();
    await poll(() => first.locator('.pf-searchbox-result-title').innerText()).toBe('get_job_status');
    expect(await first.innerText()).toContain('Read · Low risk · Amazon MQ MCP Server');
    // The decoy whose description repeats get_job_status is found, but ranks below the tool itself.
    await poll(() => page.locator('pagefind-searchbox .pf-searchbox-result-title').allInnerTexts()).toContain('waitForJobs');
    await poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await poll(() => box.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  test('one option at most is marked selected, also after the list was closed and opened again', async () => {
    const page = await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('queue');
    const options = page.locator('pagefind-searchbox [role="option"]');
    const marked = page.locator('pagefind-searchbox [role="option"][aria-selected="true"], pagefind-searchbox [data-pf-selected]');
    await poll(() => options.count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await poll(() => marked.count()).toBe(1);
    await page.keyboard.press('Escape');
    await poll(() => marked.count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await poll(() => page.locator('pagefind-searchbox input').getAttribute('aria-expanded')).toBe('true');
    await poll(() => marked.count()).toBe(1);
    await page.close();
  });

  test('keyboard alone: the first result is selected, arrows move, Enter opens the page', async () => {
    const page = await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('purge queue');
    const options = page.locator('pagefind-searchbox [role="option"]');
    const selected = () => page.locator('pagefind-searchbox [role="option"][aria-selected="true"] .pf-searchbox-result-title').innerText();
    await poll(() => options.count()).toBeGreaterThan(1);
    await poll(selected).toBe('rabbitmq_broker_purge_queue');
    await page.keyboard.press('ArrowDown');
    await poll(selected).not.toBe('rabbitmq_broker_purge_queue');
    await page.keyboard.press('ArrowUp');
    await poll(selected).toBe('rabbitmq_broker_purge_queue');
    await Promise.all([page.waitForURL('**/servers/amazon-mq/rabbitmq-broker-purge-queue/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe('rabbitmq_broker_purge_queue');
    await page.close();
  });
});

describe('/search/', () => {
  test('"purge queue" finds rabbitmq_broker_purge_queue, says how many, and puts the search in the URL', async () => {
    const page = await open('/search/');
    await pageInput(page).fill('purge queue');
    await poll(() => resultNames(page)).toContain('rabbitmq_broker_purge_queue');
    expect((await resultNames(page))[0]).toBe('rabbitmq_broker_purge_queue');
    await poll(() => page.locator('pagefind-summary').innerText()).toMatch(/^\d+ results? for purge queue$/);
    const heard = () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    await poll(heard).toContainEqual(expect.stringMatching(/\d+ results? for purge queue/));
    await poll(() => new URL(page.url()).search).toBe('?q=purge+queue');
    await page.close();
  });

  test('a camelCase name is found by its words', async () => {
    const page = await open('/search/?q=invoice+pdf');
    await poll(async () => (await resultNames(page))[0]).toBe('getInvoicePdf');
    await page.close();
  });

  test('the Destructive filter leaves only Destructive tools', async () => {
    const page = await open('/search/');
    await pageInput(page).fill('queue');
    await poll(async () => new Set(await resultCategories(page)).size).toBeGreaterThan(1);
    const before = (await resultNames(page)).length;
    await categoryBox(page, 'Destructive').check();
    await poll(async () => (await resultNames(page)).length).toBeLessThan(before);
    await poll(() => resultCategories(page)).toEqual(['Destructive', 'Destructive']);
    // Equally good matches from different bundles may come in either order.
    expect((await resultNames(page)).sort()).toEqual(['rabbitmq_broker_delete_queue', 'rabbitmq_broker_purge_queue']);
    await poll(() => new URL(page.url()).search).toBe('?q=queue&category=Destructive');
    await page.close();
  });

  test('two ticked values of one filter widen the results to either, in the page and in its URL', async () => {
    const page = await open('/search/');
    await pageInput(page).fill('queue');
    await poll(async () => new Set(await resultCategories(page)).size).toBeGreaterThan(1);
    const all = await resultCategories(page);
    const [first, second] = [...new Set(all)].sort();
    const count = (category: string) => all.filter((c) => c === category).length;
    await categoryBox(page, first!).check();
    await poll(async () => new Set(await resultCategories(page))).toEqual(new Set([first]));
    await categoryBox(page, second!).check();
    await poll(async () => (await resultCategories(page)).length).toBe(count(first!) + count(second!));
    expect(new Set(await resultCategories(page))).toEqual(new Set([first, second]));
    await poll(() => new URL(page.url()).searchParams.getAll('category').sort()).toEqual([first, second]);
    // The same URL, opened afresh, gives the same results.
    const again = await open(`/search/${new URL(page.url()).search}`);
    await poll(async () => (await resultCategories(again)).length).toBe(count(first!) + count(second!));
    await page.close();
    await again.close();
  });

  test('a shared search URL restores the term, the filter and the results', async () => {
    const page = await open('/search/?q=queue&category=Destructive&server=Amazon+MQ+MCP+Server');
    await poll(async () => (await resultNames(page)).sort()).toEqual(['rabbitmq_broker_delete_queue', 'rabbitmq_broker_purge_queue']);
    expect(await pageInput(page).inputValue()).toBe('queue');
    expect(await categoryBox(page, 'Destructive').isChecked()).toBe(true);
    await page.close();
  });

  test('filters that leave nothing of a search say so, and clearing them brings the results back', async () => {
    const page = await open('/search/?q=queue&category=Financial');
    const note = page.locator('#search-filtered-out');
    await poll(() => note.isVisible()).toBe(true);
    expect(await resultNames(page)).toEqual([]);
    expect(await note.innerText()).toMatch(/^The ticked filters leave nothing of \d+ results for “queue”\. Clear the filters$/);
    await note.getByRole('button', { name: 'Clear the filters' }).click();
    await poll(async () => (await resultNames(page)).length).toBeGreaterThan(1);
    expect(await note.isVisible()).toBe(false);
    expect(await categoryBox(page, 'Financial').isChecked()).toBe(false);
    await poll(() => new URL(page.url()).search).toBe('?q=queue');
    await page.close();
  });

  test('a filter value in a URL is matched whatever its case, as browse URLs spell it', async () => {
    const page = await open('/search/?category=financial');
    await poll(() => resultNames(page)).toEqual(['payments.refundCharge']);
    expect(await categoryBox(page, 'Financial').isChecked()).toBe(true);
    await poll(() => new URL(page.url()).search).toBe('?category=Financial');
    await page.close();
  });

  test('filters alone, from a URL, list a whole category', async () => {
    const page = await open('/search/?category=Financial');
    await poll(() => resultNames(page)).toEqual(['payments.refundCharge']);
    // The description's markup is text in the result, never markup.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('pagefind-results img').count()).toBe(0);
    await page.close();
  });

  test('keyboard alone: Tab to the box, type, Tab to a filter, Space, arrow into the results', async () => {
    const page = await open('/search/');
    for (let i = 0; i < 30 && !(await pageInput(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await pageInput(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('rabbitmq');
    await poll(async () => (await resultNames(page)).length).toBeGreaterThan(3);
    const destructive = categoryBox(page, 'Destructive');
    for (let i = 0; i < 30 && !(await destructive.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await poll(() => resultCategories(page)).toEqual(['Destructive', 'Destructive', 'Destructive']);
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 30 && !(await pageInput(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('pagefind-results') !== null)).toBe(true);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    await page.close();
  });
});

describe('accessibility', () => {
  const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

  test.each(['light', 'dark'] as const)('axe finds nothing on search results and browse pages (%s)', async (colorScheme) => {
    for (const path of ['/search/?q=queue', '/servers/', '/categories/read/', '/risk/critical/']) {
      // The site's CSP would refuse axe's injected script; the page itself is unchanged.
      const page = await open(path, colorScheme, true);
      if (path.startsWith('/search/')) await poll(async () => (await resultNames(page)).length).toBeGreaterThan(3);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
      await page.close();
    }
  });
});

describe('browse pages and the index', () => {
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  test('the index is made from the catalog: every result opens its own page, whose heading is the result', async () => {
    const page = await open('/search/?q=queue');
    await poll(async () => (await resultNames(page)).length).toBeGreaterThan(2);
    const results = await page.locator('pagefind-results .search-result-title a').evaluateAll((links) =>
      links.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    );
    for (const { title, href } of results) {
      expect(href).toMatch(/^\/servers\/[^/]+\/([^/]+\/)?$/);
      expect(parse(html(href.slice(1))).querySelector('h1')?.text).toBe(title);
    }
    await page.close();
  });

  test('an index in several bundles is searched as one: results from each, filter counts summed', async () => {
    const bundles = readdirSync(join(dist, 'pagefind'))
      .filter((name) => /^shard-\d+$/.test(name))
      .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
    expect(bundles.length).toBeGreaterThan(2);
    const listed = parse(html('')).querySelector('[data-search-shards]')?.getAttribute('data-search-shards');
    expect(listed).toBe(bundles.map((b) => `/pagefind/${b}/`).join(' '));
    // The ledger tools are more than a bundle holds, so their results come from several bundles;
    // their server's page, which lists their names, is found too.
    const page = await open('/search/?q=ledger');
    await poll(() => page.locator('pagefind-summary').innerText()).toBe(`${LISTED_READ_TOOLS + 1} results for ledger`);
    const readCount = categoryBox(page, 'Read').locator('xpath=..');
    await poll(() => readCount.innerText()).toContain(String(LISTED_READ_TOOLS));
    await page.close();
  });

  test('tool pages link to their category and risk pages, which list them', async () => {
    const page = await open('/servers/zz-payments/payments-refund-charge/');
    await page.locator('dl.facts a.badge.category').click();
    await page.waitForURL('**/categories/financial/');
    expect(await page.locator('.tool-list .tool-name').allInnerTexts()).toEqual(['payments.refundCharge']);
    expect(await page.locator('.breadcrumbs li').allInnerTexts()).toEqual(['Home', 'Categories', 'Financial']);
    await page.goto(`${site.url}/servers/zz-payments/payments-refund-charge/`);
    await page.locator('dl.facts a.badge.risk-critical').click();
    await page.waitForURL('**/risk/critical/');
    expect(await page.locator('.tool-list .tool-name').allInnerTexts()).toContain('rabbitmq_broker_purge_queue');
    await page.close();
  });

  test('a long category paginates', async () => {
    const page = await open('/categories/read/');
    const first = await page.locator('.tool-list .tool-name').count();
    expect(first).toBe(50);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL('**/categories/read/2/');
    const second = await page.locator('.tool-list .tool-name').count();
    expect(first + second).toBeGreaterThan(LISTED_READ_TOOLS);
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
    await page.close();
  });

  test('/servers/ lists servers A–Z with counts and a category bar that also says its counts', async () => {
    const page = await open('/servers/');
    const names = await page.locator('.server-list li > a').allInnerTexts();
    expect(names).toEqual(['Amazon MQ MCP Server', 'Payments, Demo & Co']);
    const labels = await page.locator('.server-list .bar-label').allInnerTexts();
    // The listed Read tools, getInvoicePdf and waitForJobs; payments.refundCharge is Financial.
    expect(labels[1]).toBe(`Read ${LISTED_READ_TOOLS + 2}, Financial 1`);
    expect(await page.locator('.server-list svg.bar').first().getAttribute('aria-hidden')).toBe('true');
    await page.close();
  });
});
