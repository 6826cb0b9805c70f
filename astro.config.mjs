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
  build: { format: 'directory' },
  integrations: [mdx(), catalogIntegration(), pagefind()],
  // Never inline scripts, styles or assets into pages: external files let a strict CSP
  // (script-src 'self', no 'unsafe-inline') work without hashes.
  vite: { build: { assetsInlineLimit: 0 } },
});
