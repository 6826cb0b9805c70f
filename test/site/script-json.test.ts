import { expect, test } from 'vitest';
import { jsonForScript } from '../../src/site/script-json.ts';
import { parseHtml, elementsOf, textOf } from '../../src/verify/html.ts';

const HOSTILE = { name: '</script><script>__pwned()</script>', note: '<!-- <script>', amp: 'a & b > c', sep: 'x\u2028y\u2029z' };

test('the JSON means the same and cannot close or disturb its script element', () => {
  const json = jsonForScript(HOSTILE);
  expect(JSON.parse(json)).toEqual(HOSTILE);
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  const doc = parseHtml(`<!doctype html><title>t</title><script type="application/ld+json">${json}</script>`);
  const scripts = [...elementsOf(doc)].filter((el) => el.tagName === 'script');
  expect(scripts.map((s) => JSON.parse(textOf(s)))).toEqual([HOSTILE]);
});

test('plain JSON.stringify would let the text out (why the escaping exists)', () => {
  const doc = parseHtml(`<!doctype html><title>t</title><script type="application/ld+json">${JSON.stringify(HOSTILE)}</script>`);
  expect([...elementsOf(doc)].filter((el) => el.tagName === 'script')).toHaveLength(2);
});
