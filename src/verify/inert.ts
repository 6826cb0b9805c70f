import { createHash } from 'node:crypto';
import { parsePolicy, policyElementOf, scriptHashes } from './csp.ts';
import { attrOf, elementsOf, lineOf, textOf, type HtmlElement } from './html.ts';
import type { Problem, SiteCheck } from './site.ts';

// Elements that embed other documents or plugins, or change how every URL resolves.
const FORBIDDEN = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
// Attributes that hold a URL the browser may load or navigate to.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'ping', 'background', 'xlink:href']);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const EXTERNAL_REL = ['nofollow', 'noopener', 'noreferrer'];
const DATA_SCRIPTS = new Set(['application/ld+json', 'application/json']);
const LOCAL = 'https://site.invalid';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * Nothing on a page can run or load but the site's own code: no inline script the policy has
 * not hashed, no event-handler or style attributes, no javascript:/data: URLs, no embedded
 * documents, nothing loaded from another origin, and links out carry
 * rel="nofollow noopener noreferrer". JSON-LD and other data blocks must parse as JSON.
 */
export function inertProblems(url: string, doc: Parameters<typeof policyElementOf>[0], siteUrl?: string): Problem[] {
  const problems: Problem[] = [];
  const say = (el: HtmlElement, message: string) => problems.push({ check: 'inert', url, line: lineOf(el), message });
  const own = new Set([LOCAL, ...(siteUrl ? [new URL(siteUrl).origin] : [])]);
  const policy = policyElementOf(doc);
  const hashes = scriptHashes(parsePolicy((policy && attrOf(policy, 'content')) ?? ''));

  for (const el of elementsOf(doc)) {
    const tag = el.tagName;
    if (FORBIDDEN.has(tag)) say(el, `<${tag}> element`);
    const equiv = attrOf(el, 'http-equiv');
    if (tag === 'meta' && equiv && equiv.toLowerCase() !== 'content-security-policy') say(el, `<meta http-equiv="${equiv}">`);
    if (tag === 'script') {
      const type = (attrOf(el, 'type') ?? '').trim().toLowerCase();
      const text = textOf(el);
      if (DATA_SCRIPTS.has(type)) {
        try {
          JSON.parse(text);
        } catch {
          say(el, `<script type="${type}"> does not parse as JSON: ${text.slice(0, 80)}`);
        }
      } else if (attrOf(el, 'src') === undefined && !hashes.has(sha256(text))) {
        say(el, `inline script the policy does not allow: ${text.slice(0, 80)}`);
      }
    }
    for (const { name, value, prefix } of el.attrs) {
      const full = prefix ? `${prefix}:${name}` : name;
      if (/^on/i.test(name)) say(el, `event-handler attribute ${full}="${value.slice(0, 60)}"`);
      if (name === 'style') say(el, `style attribute (the policy blocks inline styles)`);
      if (name === 'srcset') say(el, 'srcset attribute (images must come from this site, one URL each)');
      if (!URL_ATTRIBUTES.has(full) && !(name === 'href' && prefix)) continue;
      let target: URL;
      try {
        target = new URL(value, LOCAL + url);
      } catch {
        say(el, `${full}="${value.slice(0, 60)}" is not a valid URL`);
        continue;
      }
      if (!SAFE_SCHEMES.has(target.protocol)) {
        say(el, `${full} uses the ${target.protocol} scheme: ${value.slice(0, 60)}`);
        continue;
      }
      if (own.has(target.origin) || target.protocol === 'mailto:') continue;
      if (tag !== 'a' || full !== 'href') {
        say(el, `<${tag} ${full}> loads from another origin: ${target.origin}`);
        continue;
      }
      const rel = new Set((attrOf(el, 'rel') ?? '').toLowerCase().split(/\s+/));
      const missing = EXTERNAL_REL.filter((r) => !rel.has(r));
      if (missing.length > 0) say(el, `link to ${target.origin} lacks rel ${missing.join(' ')}`);
    }
  }
  return problems;
}

export function inertCheck(siteUrl?: string): SiteCheck {
  return { name: 'inert', page: ({ url, doc }) => inertProblems(url, doc, siteUrl) };
}
