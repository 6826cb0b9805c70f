import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/csp.ts';
import { parsePolicy, policyWeaknesses, scriptHashes } from '../../src/verify/csp.ts';

test('the site policy passes the strict-policy check the built site is held to', () => {
  expect(policyWeaknesses(parsePolicy(CONTENT_SECURITY_POLICY))).toEqual([]);
});

test('scripts and styles come only from the site, with no hash or inline allowance; WebAssembly may load', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY);
  expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy.get('style-src')).toEqual(["'self'"]);
  expect(scriptHashes(policy).size).toBe(0);
  for (const [name, sources] of policy) if (name !== 'script-src') expect(sources, name).toEqual([name === 'object-src' || name === 'base-uri' ? "'none'" : "'self'"]);
});
