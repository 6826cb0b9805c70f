import { describe, expect, test } from 'vitest';
import { breadcrumbList, faqPage, jsonLdText, softwareApplication } from '../../src/site/json-ld.ts';
import { absoluteUrl } from '../../src/site/links.ts';
import { fixtureSite } from '../helpers/site.ts';

const site = fixtureSite('test/fixtures/opendata');
const alpha = site.servers.find((s) => s.server.id === 'alpha-tools')!;

describe('jsonLdText', () => {
  const hostile = { '@type': 'Thing', name: '</script><script>alert(1)</script>', text: '<!-- & -->', sep: 'a\u2028b\u2029c' };

  test('cannot close the script element or open a comment', () => {
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain('</script');
  });

  test('is still the same JSON', () => {
    expect(JSON.parse(jsonLdText(hostile))).toEqual(hostile);
  });
});

describe('structured data', () => {
  test('breadcrumbs start at Home and end at the page', () => {
    const page = absoluteUrl('/servers/alpha-tools/');
    const list = breadcrumbList([{ label: 'Servers', href: '/servers/' }, { label: 'Alpha' }], page) as any;
    expect(list['@type']).toBe('BreadcrumbList');
    expect(list.itemListElement.map((i: any) => [i.position, i.name, i.item])).toEqual([
      [1, 'Home', absoluteUrl('/')],
      [2, 'Servers', absoluteUrl('/servers/')],
      [3, 'Alpha', page],
    ]);
    expect((breadcrumbList([], absoluteUrl('/')) as any).itemListElement).toHaveLength(1);
  });

  test('the FAQ is the tool\'s own questions and answers, in order', () => {
    const tool = alpha.tools[0]!;
    const faq = faqPage(tool.faq) as any;
    expect(faq['@type']).toBe('FAQPage');
    expect(faq.mainEntity.map((q: any) => [q.name, q.acceptedAnswer.text])).toEqual(tool.faq.map((e) => [e.question, e.answer]));
  });

  test('a server is a SoftwareApplication with its links', () => {
    const app = softwareApplication(alpha) as any;
    expect(app).toMatchObject({ '@type': 'SoftwareApplication', name: alpha.server.name, url: absoluteUrl(alpha.url), sameAs: [alpha.server.source, alpha.server.homepage] });
    const beta = site.servers.find((s) => s.server.id === 'beta')!;
    expect(softwareApplication(beta)).not.toHaveProperty('sameAs');
  });
});
