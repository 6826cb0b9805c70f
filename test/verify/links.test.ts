import { expect, test } from 'vitest';
import { parseHtml } from '../../src/verify/html.ts';
import { brokenLinks, linksOf } from '../../src/verify/links.ts';

const page = (url: string, body: string) => linksOf({ url, doc: parseHtml(`<!doctype html><title>t</title>${body}`) });
const FILES = new Set(['/index.html', '/servers/index.html', '/servers/a/index.html', '/_astro/x.css']);

test('links to pages, files and anchors that exist pass', () => {
  const pages = [
    page('/', '<a href="/servers/">s</a><a href="servers/a/#tools">a</a><link rel="stylesheet" href="/_astro/x.css"><a href="#top" id="top">t</a>'),
    page('/servers/', '<a href="../">home</a><a href="a/">a</a><a href="#">top</a><a href="https://elsewhere.example/missing">out</a><a href="mailto:x@example.com">m</a>'),
    page('/servers/a/', '<h2 id="tools">Tools</h2><a href="https://atlas.example/servers/">canonical</a>'),
  ];
  expect(brokenLinks(pages, FILES, 'https://atlas.example')).toEqual([]);
});

test('a missing page, a missing file, a missing anchor and a missing trailing slash are each reported', () => {
  const pages = [
    page('/', '<a href="/nowhere/">x</a><a href="/servers/a/#faq">y</a><a href="/servers/a">z</a><link rel="stylesheet" href="/_astro/gone.css"><a href="https://atlas.example/gone/">c</a>'),
    page('/servers/a/', '<h2 id="tools">Tools</h2>'),
  ];
  expect(brokenLinks(pages, FILES, 'https://atlas.example').map((p) => p.message)).toEqual([
    '/nowhere/: /nowhere/ does not exist',
    '/servers/a/#faq: /servers/a/ has no element with id "faq"',
    '/servers/a: missing the trailing slash (/servers/a/)',
    '/_astro/gone.css: /_astro/gone.css does not exist',
    'https://atlas.example/gone/: /gone/ does not exist',
  ]);
});

test('anchors are compared after percent-decoding, as browsers do', () => {
  const pages = [page('/', '<a href="#caf%C3%A9">x</a><a href="#na%C3%AFve">y</a><p id="café">c</p>')];
  expect(brokenLinks(pages, new Set(['/index.html'])).map((p) => p.message)).toEqual(['#na%C3%AFve: / has no element with id "naïve"']);
});
