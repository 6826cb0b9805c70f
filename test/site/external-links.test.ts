import { expect, test } from 'vitest';
import { EXTERNAL_REL, isExternal } from '../../src/site/external-links.ts';
import { renderDescription } from '../../src/site/markdown.ts';

test('only absolute http(s) URLs count as links out', () => {
  expect(['https://a.example/', 'HTTP://a.example', ' https://a.example'].map(isExternal)).toEqual([true, true, true]);
  expect(['/servers/', '#x', '//a.example/', 'javascript:x', 'data:text/html,x', 'mailto:a@b'].map(isExternal)).toEqual([false, false, false, false, false, false]);
});

test('Markdown links and images out carry the rel; other schemes stay text', () => {
  const html = renderDescription('[a](https://a.example/) ![i](https://i.example/p.png) [j](javascript:x) [r](/admin)');
  expect(html).toBe(
    `<p><a href="https://a.example/" rel="${EXTERNAL_REL}">a</a> <a href="https://i.example/p.png" rel="${EXTERNAL_REL}">i</a> [j](javascript:x) [r](/admin)</p>\n`,
  );
});
