// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { RENDER_CONCURRENCY, SITE_URL } from './src/site/config.ts';
import pagefind from './src/integrations/pagefind.ts';
import { catalogIntegration } from './src/integrations/catalog.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Pages render a few at a time (src/site/config.ts). Stylesheets stay files, never inlined,
  // for the same reason as below.
  build: { format: 'directory', concurrency: RENDER_CONCURRENCY, inlineStylesheets: 'never' },
  integrations: [mdx(), catalogIntegration(), pagefind()],
  // Never inline scripts, styles or assets into pages: external files let a strict CSP
  // (script-src 'self', no 'unsafe-inline') work without hashes (src/site/csp.ts).
  vite: { build: { assetsInlineLimit: 0 } },
  // Shiki colours code with inline style attributes, which the site's policy blocks: code in the
  // site's Markdown pages stays plain (styled by the site's own stylesheet).
  markdown: { syntaxHighlight: false },
});
