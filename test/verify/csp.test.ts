import { expect, test } from 'vitest';
import { cspCheck, parsePolicy, policyWeaknesses, scriptHashes } from '../../src/verify/csp.ts';
import { parseHtml } from '../../src/verify/html.ts';

const STRICT = "default-src 'self'; object-src 'none'; base-uri 'none'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; style-src 'self' 'sha256-def='";

test('a strict policy has no weaknesses and lists its script hashes', () => {
  const policy = parsePolicy(STRICT);
  expect(policyWeaknesses(policy)).toEqual([]);
  expect([...scriptHashes(policy)]).toEqual(['sha256-abc=']);
});

test('inline scripts, eval, other origins, plugins and a free base URL are weaknesses', () => {
  const weak = "default-src *; script-src 'self' 'unsafe-inline' 'unsafe-eval' https://cdn.example; img-src data:";
  expect(policyWeaknesses(parsePolicy(weak))).toEqual([
    'default-src allows *',
    'default-src allows *',
    "script-src allows 'unsafe-inline'",
    "script-src allows 'unsafe-eval'",
    'script-src allows https://cdn.example',
    'img-src allows data:',
    "object-src is not 'none'",
    "base-uri is not 'none'",
  ]);
});

const check = (head: string) => cspCheck().page({ url: '/', file: '/index.html', html: '', doc: parseHtml(`<!doctype html><html><head>${head}</head><body></body></html>`) }).map((p) => p.message);
const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

test('a page needs exactly one strict policy, ahead of its scripts and styles', () => {
  expect(check(`${meta(STRICT)}<link rel="stylesheet" href="/x.css">`)).toEqual([]);
  expect(check(`<script type="application/ld+json">{}</script>${meta(STRICT)}`)).toEqual([]);
  expect(check('<title>t</title>')).toEqual(['has no Content-Security-Policy']);
  expect(check(`${meta(STRICT)}${meta(STRICT)}`)).toEqual(['has 2 Content-Security-Policy elements']);
  expect(check(`<script src="/a.js"></script>${meta(STRICT)}`)).toEqual(['<script> comes before the policy, which does not govern it']);
  expect(check(meta("default-src 'self'; object-src 'none'; base-uri 'self'"))).toEqual(["policy is not strict: base-uri is not 'none'"]);
});
