import { describe, expect, test } from 'vitest';
import { atomXml, FEED_ENTRIES, serverFeed, siteFeed } from '../../src/site/feed.ts';
import { absoluteUrl } from '../../src/site/links.ts';
import { buildSite } from '../../src/site/model.ts';
import { elements, parseXml } from '../helpers/xml.ts';
import { fixtureSite } from '../helpers/site.ts';

const site = fixtureSite('test/fixtures/opendata');

describe('Atom feeds', () => {
  test('the site feed lists the most recently changed tools first, with their dates', () => {
    const doc = parseXml(atomXml(siteFeed(site)));
    expect(doc.name).toBe('feed');
    expect(doc.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = elements(doc, 'entry');
    expect(entries).toHaveLength(site.tools.length);
    const updated = entries.map((e) => elements(e, 'updated')[0]!.text);
    expect(updated).toEqual([...updated].sort().reverse());
    // alpha-tools was updated 2026-06-01 (after beta was added), so its tools lead as "Updated".
    expect(elements(entries[0]!, 'title')[0]!.text).toMatch(/^Updated: .* \(Alpha <\/script> & "Tools"\)$/);
    expect(elements(entries.at(-1)!, 'title')[0]!.text).toMatch(/^Added: .* \(Beta\)$/);
    expect(elements(doc, 'updated')[0]!.text).toBe('2026-06-01T00:00:00Z');
  });

  test('every id and link is an absolute URL of the site, each tool page once', () => {
    const doc = parseXml(atomXml(siteFeed(site)));
    const links = elements(doc, 'link').map((l) => l.attributes.href!);
    const ids = elements(doc, 'id').map((i) => i.text);
    for (const u of [...links, ...ids]) expect(u.startsWith(absoluteUrl('/'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(1).sort()).toEqual(site.tools.map((t) => absoluteUrl(t.url)).sort());
  });

  test('a server feed holds that server\'s tools only, and points at itself', () => {
    const beta = site.servers.find((s) => s.server.id === 'beta')!;
    const doc = parseXml(atomXml(serverFeed(beta)));
    expect(elements(doc, 'entry')).toHaveLength(beta.tools.length);
    const self = elements(doc, 'link').find((l) => l.attributes.rel === 'self')!;
    expect(self.attributes.href).toBe(absoluteUrl('/servers/beta/feed.xml'));
  });

  test('a feed is capped, and an empty catalog still gives a valid feed', () => {
    const many = fixtureSite('test/fixtures/opendata');
    const tools = Array.from({ length: FEED_ENTRIES + 5 }, () => many.tools).flat();
    expect(siteFeed({ ...many, tools }).entries).toHaveLength(FEED_ENTRIES);
    const empty = parseXml(atomXml(siteFeed(buildSite([]))));
    expect(elements(empty, 'entry')).toEqual([]);
    expect(elements(empty, 'updated')).toHaveLength(1);
  });
});
