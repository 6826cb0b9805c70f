// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE_URL } from './src/site/config.ts';
import pagefind from './src/integrations/pagefind.ts';
import { catalogIntegration } from './src/integrations/catalog.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Pages render a few at a time, so one page's file writes overlap the next page's render
  // (about a tenth off a 5,000-tool build, measured with `npm run bench`).
  build: { format: 'directory', concurrency: 4 },
  integrations: [mdx(), catalogIntegration(), pagefind()],
  // Never inline scripts, styles or assets into pages: external files let a strict CSP
  // (script-src 'self', no 'unsafe-inline') work without hashes.
  vite: { build: { assetsInlineLimit: 0 } },
  // Shiki colours code with inline style attributes, which the policy below blocks: code in the
  // site's Markdown pages stays plain (styled by the site's own stylesheet).
  markdown: { syntaxHighlight: false },
  // Catalog text is untrusted: even if some of it slipped through as markup, the browser
  // would run no inline script and load nothing from another origin. Astro hashes its own
  // scripts and styles into the policy; 'wasm-unsafe-eval' lets Pagefind's search index
  // (WebAssembly) load and allows no JavaScript eval.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "img-src 'self'",
        "connect-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
