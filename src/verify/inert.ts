import { createHash } from 'node:crypto';
import { parsePolicy, policyElementOf, scriptHashes } from './csp.ts';
import { attrOf, elementsOf, lineOf, textOf, type HtmlDocument, type HtmlElement } from './html.ts';
import type { Problem, SiteCheck } from './site.ts';

// Elements that embed other documents or plugins, or change how every URL resolves.
const FORBIDDEN = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
// Attributes that hold a URL the browser may load or navigate to.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'ping', 'background', 'xlink:href']);
// Meta elements that navigate away or set state on their own.
const NAVIGATING_META = new Set(['refresh', 'set-cookie']);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const EXTERNAL_REL = ['nofollow', 'noopener', 'noreferrer'];
const DATA_SCRIPTS = new Set(['application/ld+json', 'application/json']);
const LOCAL = 'https://site.invalid';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** What is wrong with a URL in `attr` of `<tag>`, if anything. */
function urlProblem(el: HtmlElement, attr: string, value: string, pageUrl: string, own: ReadonlySet<string>): string | undefined {
  let target: URL;
  try {
    target = new URL(value, LOCAL + pageUrl);
  } catch {
    return `${attr}="${value.slice(0, 60)}" is not a valid URL`;
  }
  if (!SAFE_SCHEMES.has(target.protocol)) return `${attr} uses the ${target.protocol} scheme: ${value.slice(0, 60)}`;
  if (own.has(target.origin) || target.protocol === 'mailto:') return undefined;
  if (el.tagName !== 'a' || attr !== 'href') return `<${el.tagName} ${attr}> loads from another origin: ${target.origin}`;
  const rel = new Set((attrOf(el, 'rel') ?? '').toLowerCase().split(/\s+/));
  const missing = EXTERNAL_REL.filter((r) => !rel.has(r));
  return missing.length > 0 ? `link to ${target.origin} lacks rel ${missing.join(' ')}` : undefined;
}

/**
 * Nothing on a page can run or load but the site's own code: no inline script the policy has
 * not hashed, no event-handler or style attributes, no javascript:/data: URLs, no embedded
 * documents, nothing loaded from another origin, and links out carry
 * rel="nofollow noopener noreferrer". JSON-LD and other data blocks must parse as JSON.
 */
export function inertProblems(url: string, doc: HtmlDocument, siteUrl?: string): Problem[] {
  const problems: Problem[] = [];
  const say = (el: HtmlElement, message: string) => problems.push({ check: 'inert', url, line: lineOf(el), message });
  const own = new Set([LOCAL, ...(siteUrl ? [new URL(siteUrl).origin] : [])]);
  const policy = policyElementOf(doc);
  const hashes = scriptHashes(parsePolicy((policy && attrOf(policy, 'content')) ?? ''));

  for (const el of elementsOf(doc)) {
    const tag = el.tagName;
    if (FORBIDDEN.has(tag)) say(el, `<${tag}> element`);
    const equiv = attrOf(el, 'http-equiv');
    if (tag === 'meta' && equiv && NAVIGATING_META.has(equiv.toLowerCase())) say(el, `<meta http-equiv="${equiv}">`);
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
      const attr = prefix ? `${prefix}:${name}` : name;
      if (/^on/i.test(name)) say(el, `event-handler attribute ${attr}="${value.slice(0, 60)}"`);
      if (name === 'style') say(el, 'style attribute (the policy blocks inline styles)');
      // srcset holds comma-separated candidates, each a URL and an optional descriptor.
      const urls = URL_ATTRIBUTES.has(attr) ? [value] : name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [];
      for (const u of urls) {
        const problem = urlProblem(el, attr, u, url, own);
        if (problem) say(el, problem);
      }
    }
  }
  return problems;
}

export function inertCheck(siteUrl?: string): SiteCheck {
  return { name: 'inert', page: ({ url, doc }) => inertProblems(url, doc, siteUrl) };
}
