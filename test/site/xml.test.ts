import { expect, test } from 'vitest';
import { xmlText } from '../../src/site/xml.ts';
import { parseXml } from '../helpers/xml.ts';

test('escaped text survives a strict XML parser unchanged', () => {
  const hostile = `a & b < c > d "e" 'f' ]]> </x> <![CDATA[ &amp; \u2028 😀`;
  const doc = parseXml(`<r a="${xmlText(hostile)}">${xmlText(hostile)}</r>`);
  expect(doc.text).toBe(hostile);
  expect(doc.attributes.a).toBe(hostile);
});

test('characters XML cannot hold become U+FFFD instead of breaking the document', () => {
  const bad = `nul\u0000 esc\u001b lone\uD800 high\uDC00 nonchar\uFFFF ok\uD83D\uDE00 tab\t`;
  const out = xmlText(bad);
  const doc = parseXml(`<r>${out}</r>`);
  expect(doc.text).toBe('nul\uFFFD esc\uFFFD lone\uFFFD high\uFFFD nonchar\uFFFD ok\uD83D\uDE00 tab\t');
});
