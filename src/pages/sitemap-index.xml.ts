/// <reference types="vite/client" />
import { getSite } from '../site/load.ts';
import { fileResponse } from '../site/responses.ts';
import { chunks, sitemapIndexXml, sitemapUrls, listedRoutes } from '../site/sitemap.ts';

// Only the file names are used: which hand-made pages exist, whoever adds them.
const pageFiles = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx}'));

export function GET(): Response {
  return fileResponse(sitemapIndexXml(chunks(sitemapUrls(getSite(), listedRoutes(getSite(), pageFiles)))), 'application/xml');
}
