import { SITE_NAME } from './config.ts';
import { absoluteUrl } from './links.ts';
import type { ServerEntry, Site, ToolEntry } from './model.ts';
import { XML_DECLARATION, xmlText } from './xml.ts';

/** Entries per feed: readers poll often, so a feed carries recent changes, not the catalog. */
export const FEED_ENTRIES = 100;
export const SITE_FEED_PATH = '/feed.xml';
export const serverFeedPath = (id: string) => `/servers/${id}/feed.xml`;

export interface Feed {
  title: string;
  subtitle: string;
  /** Path of the feed itself and of the page it describes. */
  path: string;
  pagePath: string;
  entries: ToolEntry[];
}

// Catalog dates are days; Atom wants a full timestamp, so a day means its midnight UTC.
const atomDate = (day: string) => `${day}T00:00:00Z`;

/** Most recently changed first; within a day, catalog order, so the output is stable. */
function byRecency(a: ToolEntry, b: ToolEntry): number {
  const x = a.server.server;
  const y = b.server.server;
  return y.updated.localeCompare(x.updated) || y.added.localeCompare(x.added);
}

function isNew(t: ToolEntry): boolean {
  return t.server.server.added === t.server.server.updated;
}

export function siteFeed(site: Site): Feed {
  return {
    title: `${SITE_NAME}: recently added and changed tools`,
    subtitle: 'MCP tools added to the catalog or re-reviewed, newest first.',
    path: SITE_FEED_PATH,
    pagePath: '/',
    entries: [...site.tools].sort(byRecency).slice(0, FEED_ENTRIES),
  };
}

export function serverFeed(entry: ServerEntry): Feed {
  return {
    title: `${entry.server.name}: tools in ${SITE_NAME}`,
    subtitle: `The tools of ${entry.server.name} as the catalog lists them.`,
    path: serverFeedPath(entry.server.id),
    pagePath: entry.url,
    entries: entry.tools.slice(0, FEED_ENTRIES),
  };
}

function entryXml(t: ToolEntry): string {
  const server = t.server.server;
  const url = absoluteUrl(t.url);
  const summary = `${t.category} tool, ${t.risk} risk.${t.summary ? ` ${t.summary}` : ''}`;
  return [
    '  <entry>',
    `    <title>${xmlText(`${isNew(t) ? 'Added' : 'Updated'}: ${t.tool.name} (${server.name})`)}</title>`,
    `    <id>${xmlText(url)}</id>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
    `    <published>${atomDate(server.added)}</published>`,
    `    <updated>${atomDate(server.updated)}</updated>`,
    `    <category term="${xmlText(t.category)}"/>`,
    `    <summary>${xmlText(summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** An Atom 1.0 document (RFC 4287) with absolute URLs throughout. */
export function atomXml(feed: Feed): string {
  const updated = feed.entries.reduce((max, t) => (t.server.server.updated > max ? t.server.server.updated : max), '1970-01-01');
  const self = absoluteUrl(feed.path);
  return [
    XML_DECLARATION,
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xmlText(feed.title)}</title>`,
    `  <subtitle>${xmlText(feed.subtitle)}</subtitle>`,
    `  <id>${xmlText(self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(feed.pagePath))}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${xmlText(`${SITE_NAME} contributors`)}</name></author>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
