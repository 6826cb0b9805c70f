import type { FaqEntry } from '../faq/faq.ts';
import { SITE_NAME } from './config.ts';
import { absoluteUrl } from './links.ts';
import type { ServerEntry } from './model.ts';

type JsonLd = Record<string, unknown>;

/** A breadcrumb as Base.astro receives it; the last one is the page itself. */
export interface CrumbLike {
  label: string;
  href?: string;
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends a script at
 * `</script` whatever the JSON says, so `<`, `>` and `&` become \u escapes (still the same
 * JSON string); U+2028/2029 are escaped for consumers that read the block as JavaScript.
 */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Home, then the page's crumbs; a crumb without a link is the page itself. */
export function breadcrumbList(crumbs: readonly CrumbLike[], pageUrl: string): JsonLd {
  const items = [{ name: 'Home', item: absoluteUrl('/') }, ...crumbs.map((c) => ({ name: c.label, item: c.href ? absoluteUrl(c.href) : pageUrl }))];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, item: it.item })),
  };
}

/** The page's own questions and answers, word for word (Google requires them to be visible). */
export function faqPage(faq: readonly FaqEntry[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map((e) => ({ '@type': 'Question', name: e.question, acceptedAnswer: { '@type': 'Answer', text: e.answer } })),
  };
}

export function softwareApplication(entry: ServerEntry): JsonLd {
  const { server } = entry;
  const sameAs = [server.source, server.homepage].filter((u): u is string => Boolean(u));
  return {
    '@context': 'https://schema.org',
    '@type': 'SoftwareApplication',
    name: server.name,
    description: server.description,
    url: absoluteUrl(entry.url),
    applicationCategory: 'DeveloperApplication',
    applicationSubCategory: 'MCP server',
    ...(sameAs.length > 0 && { sameAs }),
    ...(server.tags && { keywords: server.tags.join(', ') }),
    dateModified: server.updated,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl('/') },
  };
}
