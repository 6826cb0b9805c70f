import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { buildCatalog } from '../helpers/build.ts';
import { serveDir, type StaticSite } from '../helpers/serve.ts';

// The awkward-names fixture: quotes, backslashes and apostrophes in the copied text.
const TOOL_PAGE = '/servers/awkward/a-b-c-d/';
const OTHER_TOOL_PAGE = '/servers/awkward/files-read/';
const SERVER_PAGE = '/servers/awkward/';

let site: StaticSite;
let browser: Browser;
let outDir: string;

beforeAll(async () => {
  const build = await buildCatalog('test/fixtures/awkward-names');
  if (!build.ok) throw new Error(`build failed:\n${build.stderr}\n${build.stdout}`);
  outDir = build.outDir;
  site = await serveDir(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  return { context, page: await context.newPage() };
}

const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]');

describe('policy snippets in Chromium', () => {
  test('Copy puts exactly the snippet text on the clipboard and says so', async () => {
    const { context, page } = await newPage();
    await page.goto(site.url + TOOL_PAGE);
    const json = JSON.parse(readFileSync(join(outDir, 'api/tools/awkward/a-b-c-d.json'), 'utf8'));
    const expected: string = json.policies.intercept.deny;
    expect(expected).toContain('a\'b\\"c\\\\d');

    const block = page.locator('.code-block', { has: page.locator('#control-intercept-deny') });
    await block.getByRole('button', { name: /Copy/ }).click();
    await expect.poll(() => block.locator('[role="status"]').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await context.close();
  });

  test('the starter policy copies exactly and downloads as a file with the right name', async () => {
    const { context, page } = await newPage();
    await page.goto(site.url + SERVER_PAGE);
    await page.locator('[role="tab"][data-dialect="toolhive-cedar"]').click();
    const block = page.locator('.code-block', { has: page.locator('#starter-toolhive-cedar-code') });
    await block.getByRole('button', { name: /Copy/ }).click();
    const file = readFileSync(join(outDir, 'policies/awkward.toolhive.yaml'), 'utf8');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file);
    const link = block.getByRole('link', { name: /Download/ });
    expect(await link.getAttribute('download')).toBe('awkward.toolhive.yaml');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('awkward.toolhive.yaml');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(file);
    await context.close();
  });

  test('dialect tabs work by keyboard and the choice follows the reader to other pages', async () => {
    const { context, page } = await newPage();
    await page.goto(site.url + TOOL_PAGE);
    const tabs = page.locator('[role="tab"]');
    expect(await tabs.count()).toBe(4);
    await expect.poll(() => selectedTab(page).getAttribute('data-dialect')).toBe('intercept');

    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await selectedTab(page).getAttribute('data-dialect')).toBe('agentcore-cedar');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-dialect'))).toBe('agentcore-cedar');
    expect(await page.locator('#control-panel-agentcore-cedar').isVisible()).toBe(true);
    expect(await page.locator('#control-panel-intercept').isVisible()).toBe(false);

    await page.keyboard.press('End');
    expect(await selectedTab(page).getAttribute('data-dialect')).toBe('toolhive-cedar');
    await page.keyboard.press('ArrowRight');
    expect(await selectedTab(page).getAttribute('data-dialect')).toBe('intercept');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await selectedTab(page).getAttribute('data-dialect')).toBe('agentgateway-cel');
    // Only the selected tab is in the tab order; its panel is labelled by it.
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    expect(await page.locator('#control-panel-agentgateway-cel').getAttribute('aria-labelledby')).toBe('control-tab-agentgateway-cel');

    await page.goto(site.url + OTHER_TOOL_PAGE);
    expect(await selectedTab(page).getAttribute('data-dialect')).toBe('agentgateway-cel');
    expect(await page.locator('#control-panel-agentgateway-cel').isVisible()).toBe(true);
    await page.goto(site.url + SERVER_PAGE);
    expect(await selectedTab(page).getAttribute('data-dialect')).toBe('agentgateway-cel');
    await context.close();
  });

  test('every tool page has its snippets as JSON, null exactly where the page says the engine cannot', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await page.goto(site.url + TOOL_PAGE);
    const json = JSON.parse(readFileSync(join(outDir, 'api/tools/awkward/a-b-c-d.json'), 'utf8'));
    expect(Object.keys(json)).toEqual(['server', 'tool', 'category', 'risk', 'recommended', 'policies']);
    expect(json.tool).toBe('a\'b"c\\d');
    for (const [dialect, intents] of Object.entries(json.policies as Record<string, Record<string, string | null>>)) {
      for (const [intent, text] of Object.entries(intents)) {
        const code = page.locator(`#control-${dialect}-${intent}`);
        if (text === null) expect(await code.count(), `${dialect} ${intent}`).toBe(0);
        else expect(await code.textContent(), `${dialect} ${intent}`).toBe(text);
      }
    }
    await context.close();
  });

  test('without JavaScript every dialect is shown and no dead button is', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await page.goto(site.url + TOOL_PAGE);
    for (const id of ['intercept', 'agentcore-cedar', 'agentgateway-cel', 'toolhive-cedar']) {
      expect(await page.locator(`#control-panel-${id}`).isVisible(), id).toBe(true);
    }
    expect(await page.locator('[role="tablist"]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /Copy/ }).count()).toBe(0);
    await context.close();
  });
});
