import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseHtml, type HtmlDocument } from './html.ts';

/** One built page: where it is served, and its parsed markup. */
export interface Page {
  /** URL path: `/servers/x/` for servers/x/index.html, `/404.html` for 404.html. */
  url: string;
  file: string;
  html: string;
  doc: HtmlDocument;
}

/** A problem found in the built site. */
export interface Problem {
  check: string;
  url: string;
  line?: number;
  message: string;
}

/**
 * One check of the built site. `page` sees each page once, in turn; `finish` reports what
 * needs the whole site (links into other pages). Checks are independent of each other.
 */
export interface SiteCheck {
  name: string;
  page(page: Page): Problem[];
  finish?(): Problem[];
}

/** Every file of the built site, as URL paths (`/_astro/x.css`, `/servers/x/index.html`). */
export function filesOf(dist: string): Set<string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `/${join(d.parentPath, d.name).slice(dist.length + 1).split(sep).join('/')}`);
  return new Set(files);
}

export function urlOfFile(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Reads and parses the pages one at a time, so a site of any size fits in memory. */
export function* pagesOf(dist: string, files: Set<string> = filesOf(dist)): Generator<Page> {
  for (const file of [...files].filter((f) => f.endsWith('.html')).sort()) {
    const html = readFileSync(join(dist, file), 'utf8');
    yield { url: urlOfFile(file), file, html, doc: parseHtml(html) };
  }
}

/** Runs every check over every page of `dist` (each page read once) and returns all problems. */
export function verifySite(dist: string, checks: SiteCheck[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pagesOf(dist)) for (const check of checks) problems.push(...check.page(page));
  for (const check of checks) problems.push(...(check.finish?.() ?? []));
  return problems;
}

export function formatProblem(p: Problem): string {
  return `${p.url}${p.line ? `:${p.line}` : ''}  [${p.check}]  ${p.message}`;
}
