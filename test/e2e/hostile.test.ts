// The hostile corpus in real Chromium: every page of the built site is visited with a marker
// function in place that any payload of the corpus would call. Nothing may call it, no dialog
// may open, nothing may be logged as an error, no request may leave the site, no link
// on the page may use a scheme other than http(s) or mailto, and no page may be wider than a
// 360 px screen.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openHostileSite, type HostileSession } from '../helpers/hostile.ts';

declare global {
  interface Window {
    __pwned(): void;
    __report(kind: string, detail: string): void;
  }
}

let session: HostileSession;
beforeAll(async () => {
  session = await openHostileSite();
});
afterAll(() => session?.close());

interface Watch {
  context: BrowserContext;
  events: string[];
}

/** A browser context that reports marker calls, CSP violations, dialogs, errors and requests to other origins. */
async function watchedContext(): Promise<Watch> {
  // A narrow phone screen: catalog text must not widen a page past it either.
  const context = await session.browser.newContext({ viewport: { width: 360, height: 800 } });
  const events: string[] = [];
  const origin = new URL(session.site.url).origin;
  await context.exposeBinding('__report', ({ page }, kind: string, detail: string) => events.push(`${new URL(page.url()).pathname}  ${kind}: ${detail}`));
  await context.addInitScript(() => {
    window.__pwned = () => window.__report('payload ran', new Error().stack ?? '');
    document.addEventListener('securitypolicyviolation', (e) => window.__report('CSP violation', `${e.violatedDirective} ${e.blockedURI}`));
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    events.push(`request to another origin: ${url.href}`);
    return route.abort();
  });
  context.on('page', (page) => {
    page.on('dialog', (d) => {
      events.push(`${page.url()}  dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') events.push(`${page.url()}  console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => events.push(`${page.url()}  page error: ${e.message}`));
  });
  return { context, events };
}

test('the marker, dialogs and error reporting are wired up (a payload that ran would be seen)', async () => {
  const { context, events } = await watchedContext();
  const page = await context.newPage();
  const { url } = session.site;
  await page.goto(`${url}/`);
  await page.evaluate(() => {
    window.__pwned();
    alert('x');
    console.error('boom');
  });
  await context.close();
  expect(events.map((e) => e.replace(/:\s.*$/s, ''))).toEqual(['/  payload ran', `${url}/  dialog`, `${url}/  console error`]);
});

test('no page of the hostile site runs a payload, opens a dialog, logs an error, loads from elsewhere or scrolls sideways', async () => {
  const urls = session.pages;
  expect(urls.length).toBeGreaterThan(1000);
  const { context, events } = await watchedContext();
  const page = await context.newPage();
  for (const url of urls) {
    const response = await page.goto(session.site.url + url, { waitUntil: 'load' });
    if (response?.status() !== 200) events.push(`${url}  status ${response?.status()}`);
    const unsafe = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')]
        .filter((a) => !['http:', 'https:', 'mailto:'].includes(a.protocol))
        .map((a) => a.href),
    );
    for (const href of unsafe) events.push(`${url}  link with an unsafe scheme: ${href}`);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    if (scrollWidth > clientWidth) events.push(`${url}  wider than the screen: ${scrollWidth} px in ${clientWidth} px`);
  }
  await context.close();
  expect(events).toEqual([]);
}, 900_000);
