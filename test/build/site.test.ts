// Build-level tests: the real `npm run build` pipeline (check, astro build, swap) on small fixture catalogs.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalog } from '../helpers/build.ts';

let dist: string;
const page = (path: string): HTMLElement =>
  parse(readFileSync(join(dist, path, 'index.html'), 'utf8'), { blockTextElements: { script: true, style: true } });
const text = (el: HTMLElement | null) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/** A definition list as { term: definition }. */
const facts = (html: HTMLElement) =>
  Object.fromEntries(html.querySelectorAll('dl.facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
/** A table's body rows, each as its cells' texts. */
const rows = (table: HTMLElement) => table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(text));

beforeAll(async () => {
  const result = await buildCatalog('test/fixtures/minimal');
  expect(result.ok, result.stderr).toBe(true);
  dist = result.outDir;
});

describe('tool page', () => {
  test('shows name, server and package, category, risk class and parameter counts', () => {
    const html = page('servers/demo/get-job-status');
    expect(text(html.querySelector('h1'))).toBe('get_job_status');
    expect(facts(html)).toEqual({
      Server: 'Demo Server, npm:@example/demo-mcp',
      Category: 'Read (derived)',
      'Risk class': 'Low risk',
      Parameters: 'None',
    });
    expect(facts(page('servers/demo/files-write-text')).Parameters).toBe('3 (1 required)');
  });

  test('has the sections of a tool page, and six questions', () => {
    const html = page('servers/demo/get-job-status');
    const headings = html.querySelectorAll('h2').map(text);
    expect(headings).toEqual(expect.arrayContaining(['What get_job_status does on Demo Server', 'Why get_job_status needs a policy', "From the tool's definition", 'Questions about get_job_status']));
    expect(html.querySelectorAll('.faq dt')).toHaveLength(6);
  });

  test('renders the definition: description as safe Markdown, parameter table, hints, raw JSON', () => {
    const html = page('servers/demo/files-write-text');
    const description = html.querySelector('.description')!;
    expect(description.querySelector('strong')?.textContent).toBe('text');
    expect(description.querySelector('script')).toBeNull();
    expect(description.textContent).toContain('<script>alert(1)</script>');
    const [params, hints] = html.querySelectorAll('table');
    expect(rows(params!)).toEqual([
      ['path', 'string', 'yes', 'Where to write'],
      ['content', 'string | null', 'no', ''],
      ['options', 'object', 'no', ''],
      ['options.mode', 'string', 'no', 'One of: overwrite, appendDefault: overwrite'],
    ]);
    expect(rows(hints!)).toEqual([
      ['readOnlyHint', 'false', 'false', 'declared'],
      ['destructiveHint', 'false', 'false', 'declared'],
      ['idempotentHint', 'not declared', 'false', 'spec default'],
      ['openWorldHint', 'not declared', 'true', 'spec default'],
    ]);
    const json = JSON.parse(html.querySelector('details pre')!.textContent);
    expect(json.name).toBe('files.writeText');
    expect(json.classification).toBeUndefined();
  });

  test('a reviewed classification is shown as such, with its rationale', () => {
    const html = page('servers/demo/delete-everything');
    expect(facts(html).Category).toBe('Destructive (reviewed)');
    expect(text(html)).toContain('It removes all records and cannot be undone.');
  });

  test('every copy button on a tool page names a different snippet', () => {
    const labels = page('servers/demo/delete-everything').querySelectorAll('button.copy').map((b) => b.getAttribute('aria-label'));
    expect(labels.length).toBeGreaterThan(10);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('lists the other tools of the server by category', () => {
    const related = page('servers/demo/get-job-status').querySelector('section[aria-labelledby="related"]')!;
    const links = related.querySelectorAll('a.tool-name').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/servers/demo/files-write-text/', '/servers/demo/delete-everything/']));
    expect(links).not.toContain('/servers/demo/get-job-status/');
  });
});

describe('server page', () => {
  test('counts tools and those that can modify data, and groups tools by category', () => {
    const html = page('servers/demo');
    expect(text(html.querySelector('h1'))).toBe('Demo Server');
    expect(text(html)).toContain('3 tools, 2 can modify or destroy data.');
    const groups = html.querySelectorAll('section h3').map(text);
    expect(groups.map((g) => g.split(' ')[0])).toEqual(['Read', 'Write', 'Destructive']);
    const link = html.querySelector('a[href="https://github.com/example/demo-mcp"]')!;
    expect(link.getAttribute('rel')).toBe('nofollow noopener noreferrer');
  });
});

test('the menu marks the page it is on as the page, and the section a page is in as current', () => {
  const current = (path: string) => page(path).querySelector('.site-nav a[href="/servers/"]')?.getAttribute('aria-current');
  expect(current('servers')).toBe('page');
  expect(current('servers/demo')).toBe('true');
  expect(current('servers/demo/get-job-status')).toBe('true');
  expect(current('categories')).toBeUndefined();
});

test('the home page lists servers A–Z and category counts', () => {
  const html = page('');
  expect(html.querySelector('a[href="/servers/demo/"]')).not.toBeNull();
  expect(text(html)).toContain('3 tools, 2 can modify data');
  // This catalog has one server: every count reads right for one.
  expect(text(html)).toContain('Every tool of 1 MCP server, classified');
  expect(text(html)).toContain('3 tools · 1 server');
});

test('a catalog with errors stops the build, lists every error, and leaves dist/ exactly as it was', async () => {
  const out = mkdtempSync(join(tmpdir(), 'atlas-keep-'));
  writeFileSync(join(out, 'marker.txt'), 'previous build');
  const result = await buildCatalog('test/fixtures/check/many-errors', out);
  expect(result.ok).toBe(false);
  const errorLines = result.stderr.split('\n').filter((l) => /^test\/fixtures\/check\/many-errors\/servers\/\w+\.yaml:\d+:\d+ {2}/.test(l));
  expect(errorLines).toHaveLength(7);
  expect(result.stderr).toContain('is unchanged');
  expect(readdirSync(out)).toEqual(['marker.txt']);
  expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('previous build');
});
