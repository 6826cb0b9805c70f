// The site's Content Security Policy, the same on every page. Catalog text is untrusted: even if
// some of it slipped through as markup, the browser would run no inline script and load nothing
// from another origin. Every script and stylesheet is a file of the site (astro.config.mjs inlines
// none), so the policy needs no hashes, and no page pays for hashing its scripts (Astro's own
// `security.csp` digests them again on every page: ~3 s of CPU at 5,000 tools).
// 'wasm-unsafe-eval' lets Pagefind's search index (WebAssembly) load and allows no JavaScript eval.
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
