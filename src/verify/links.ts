import { attrOf, elementsOf, lineOf } from './html.ts';
import { urlOfFile, type Page, type Problem, type SiteCheck } from './site.ts';

/** What the link check needs of a page: the anchors it offers and the links it makes. */
export interface PageLinks {
  url: string;
  ids: Set<string>;
  links: Array<{ href: string; line: number }>;
}

// Attributes that point at another page or a file of the site.
const LINKING: Record<string, string> = { a: 'href', area: 'href', link: 'href', script: 'src', img: 'src', source: 'src', iframe: 'src', form: 'action' };

export function linksOf(page: Pick<Page, 'url' | 'doc'>): PageLinks {
  const ids = new Set<string>();
  const links: PageLinks['links'] = [];
  for (const el of elementsOf(page.doc)) {
    const id = attrOf(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a' && attrOf(el, 'name')) ids.add(attrOf(el, 'name')!);
    const attr = LINKING[el.tagName];
    const href = attr && attrOf(el, attr);
    if (href !== undefined && href !== '') links.push({ href, line: lineOf(el) });
  }
  return { url: page.url, ids, links };
}

const LOCAL = 'https://site.invalid';

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Links within the site that lead nowhere: to a file that is not in the build, or to an
 * anchor the target page does not have. `siteUrl` is where the site is published, so that
 * absolute links to it (canonical URLs) are checked too; other origins are not followed.
 */
export function brokenLinks(pages: readonly PageLinks[], files: ReadonlySet<string>, siteUrl?: string): Problem[] {
  const idsByUrl = new Map(pages.map((p) => [p.url, p.ids]));
  const own = new Set([LOCAL, ...(siteUrl ? [new URL(siteUrl).origin] : [])]);
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const { href, line } of page.links) {
      let target: URL;
      try {
        target = new URL(href, LOCAL + page.url);
      } catch {
        problems.push({ check: 'links', url: page.url, line, message: `${href} is not a valid URL` });
        continue;
      }
      if (!own.has(target.origin)) continue;
      const path = decode(target.pathname);
      const file = path.endsWith('/') ? `${path}index.html` : path;
      const say = (message: string) => problems.push({ check: 'links', url: page.url, line, message: `${href}: ${message}` });
      if (!files.has(file)) {
        say(files.has(`${path}/index.html`) ? `missing the trailing slash (${path}/)` : `${path} does not exist`);
        continue;
      }
      const fragment = decode(target.hash.slice(1));
      if (fragment === '') continue;
      const ids = idsByUrl.get(urlOfFile(file));
      if (ids && !ids.has(fragment)) say(`${urlOfFile(file)} has no element with id "${fragment}"`);
    }
  }
  return problems;
}

/** The link check as a step of the site pipeline. */
export function linkCheck(files: ReadonlySet<string>, siteUrl?: string): SiteCheck {
  const pages: PageLinks[] = [];
  return {
    name: 'links',
    page(page) {
      pages.push(linksOf(page));
      return [];
    },
    finish: () => brokenLinks(pages, files, siteUrl),
  };
}
