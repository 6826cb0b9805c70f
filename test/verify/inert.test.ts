import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { parseHtml } from '../../src/verify/html.ts';
import { inertProblems } from '../../src/verify/inert.ts';

const SCRIPT = 'console.log(1)';
const HASH = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`;
const page = (body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${HASH}'"></head><body>${body}</body></html>`;
const problems = (body: string) => inertProblems('/p/', parseHtml(page(body)), 'https://atlas.example').map((p) => p.message);

test('escaped text, own links, hashed scripts, JSON-LD and marked external links are inert', () => {
  const body = [
    '&lt;script&gt;__pwned()&lt;/script&gt;',
    '<a href="/servers/">own</a><a href="#x">anchor</a><a href="https://atlas.example/x/">canonical</a>',
    '<a href="https://example.com/" rel="nofollow noopener noreferrer">out</a>',
    `<script>${SCRIPT}</script><script type="module" src="/_astro/a.js"></script>`,
    '<script type="application/ld+json">{"name":"\\u003c/script>"}</script>',
    '<img src="/logo.svg" alt="">',
  ].join('');
  expect(problems(body)).toEqual([]);
});

test('every way of running or loading something is reported', () => {
  expect(problems('<script>__pwned()</script>')).toEqual(['inline script the policy does not allow: __pwned()']);
  expect(problems('<img src=x onerror="__pwned()">')).toEqual(['event-handler attribute onerror="__pwned()"']);
  expect(problems('<a href="java&#115;cript:__pwned()">x</a>')).toEqual(['href uses the javascript: scheme: javascript:__pwned()']);
  expect(problems('<a href=" data:text/html,x">x</a>')).toEqual(['href uses the data: scheme:  data:text/html,x']);
  expect(problems('<a href="https://evil.example/">x</a>')).toEqual(['link to https://evil.example lacks rel nofollow noopener noreferrer']);
  expect(problems('<a href="https://evil.example/" rel="noopener">x</a>')).toEqual(['link to https://evil.example lacks rel nofollow noreferrer']);
  expect(problems('<img src="https://tracker.example/p.png" alt="">')).toEqual(['<img src> loads from another origin: https://tracker.example']);
  expect(problems('<iframe src="/x/"></iframe>')).toEqual(['<iframe> element']);
  expect(problems('<p style="color:red">x</p>')).toEqual(['style attribute (the policy blocks inline styles)']);
  expect(problems('<meta http-equiv="refresh" content="0;url=/x/">')).toEqual(['<meta http-equiv="refresh">']);
  expect(problems('<script type="application/ld+json">{"a": "</script><script>x</script>')).toEqual([
    '<script type="application/ld+json"> does not parse as JSON: {"a": "',
    'inline script the policy does not allow: x',
  ]);
  expect(problems('<img alt="" srcset="/a.png 1x, https://tracker.example/b.png 2x">')).toEqual(['<img srcset> loads from another origin: https://tracker.example']);
  expect(problems('<svg><a href="javascript:__pwned()"><text>x</text></a></svg>')).toEqual(['href uses the javascript: scheme: javascript:__pwned()']);
});
