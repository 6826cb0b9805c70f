import { attrOf, elementsOf, lineOf, type HtmlDocument, type HtmlElement } from './html.ts';
import type { Problem, SiteCheck } from './site.ts';

/** A Content Security Policy: directive name → its sources, as written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The page's policy element: `<meta http-equiv="content-security-policy">`. */
export function policyElementOf(doc: HtmlDocument): HtmlElement | undefined {
  for (const el of elementsOf(doc)) {
    if (el.tagName === 'meta' && attrOf(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') return el;
  }
  return undefined;
}

const KEYWORDS = new Set(["'self'", "'none'", "'strict-dynamic'", "'wasm-unsafe-eval'", "'report-sample'"]);
const isHash = (s: string) => /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/.test(s);

/**
 * What makes a policy less than strict: scripts allowed inline, by eval or from anywhere
 * but this origin; plugins; a rewritable base URL; any directive reaching another origin.
 */
export function policyWeaknesses(policy: Policy): string[] {
  const out: string[] = [];
  const defaults = policy.get('default-src');
  if (!defaults) out.push('no default-src');
  else if (defaults.some((s) => s !== "'self'" && s !== "'none'")) out.push(`default-src allows ${defaults.join(' ')}`);
  if (!policy.has('script-src') && !defaults) out.push('no script-src');
  for (const [name, sources] of policy) {
    for (const s of sources) {
      if (!KEYWORDS.has(s) && !isHash(s)) out.push(`${name} allows ${s}`);
    }
  }
  if (policy.get('object-src')?.join(' ') !== "'none'") out.push("object-src is not 'none'");
  if (policy.get('base-uri')?.join(' ') !== "'none'") out.push("base-uri is not 'none'");
  return out;
}

/** The hashes of inline scripts the policy allows, as `sha256-…`. */
export function scriptHashes(policy: Policy): Set<string> {
  const sources = [...(policy.get('script-src') ?? []), ...(policy.get('script-src-elem') ?? [])];
  return new Set(sources.filter(isHash).map((s) => s.slice(1, -1)));
}

// A policy in a meta element only governs what comes after it. Data blocks (JSON-LD) never run.
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);
const GOVERNED = (el: HtmlElement) =>
  (el.tagName === 'script' && !DATA_TYPES.has((attrOf(el, 'type') ?? '').trim().toLowerCase())) ||
  el.tagName === 'style' ||
  (el.tagName === 'link' && attrOf(el, 'rel') === 'stylesheet');

/** Every page carries one strict policy, ahead of any script or style. */
export function cspCheck(): SiteCheck {
  return {
    name: 'csp',
    page({ url, doc }) {
      const problems: Problem[] = [];
      const say = (message: string, line?: number) => problems.push({ check: 'csp', url, line, message });
      const all = [...elementsOf(doc)];
      const metas = all.filter((el) => el.tagName === 'meta' && attrOf(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      if (metas.length !== 1) {
        say(metas.length === 0 ? 'has no Content-Security-Policy' : `has ${metas.length} Content-Security-Policy elements`);
        return problems;
      }
      const meta = metas[0]!;
      if (meta.parentNode?.nodeName !== 'head') say('the policy is not in <head>', lineOf(meta));
      const first = all.find(GOVERNED);
      if (first && all.indexOf(first) < all.indexOf(meta)) say(`<${first.tagName}> comes before the policy, which does not govern it`, lineOf(first));
      for (const weakness of policyWeaknesses(parsePolicy(attrOf(meta, 'content') ?? ''))) say(`policy is not strict: ${weakness}`, lineOf(meta));
      return problems;
    },
  };
}
