/// <reference types="vite/client" />
import type { APIContext } from 'astro';
import { getSite } from '../../site/load.ts';
import { fileResponse } from '../../site/responses.ts';
import { chunks, sitemapUrls, listedRoutes, urlsetXml, type SitemapUrl } from '../../site/sitemap.ts';

const pageFiles = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx}'));

export function getStaticPaths() {
  return chunks(sitemapUrls(getSite(), listedRoutes(getSite(), pageFiles))).map((urls, i) => ({ params: { chunk: String(i + 1) }, props: { urls } }));
}

export function GET({ props }: APIContext<{ urls: SitemapUrl[] }>): Response {
  return fileResponse(urlsetXml(props.urls), 'application/xml');
}
