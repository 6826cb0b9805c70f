/** Where the site is published; canonical URLs, feeds and sitemaps are built from it. */
export const SITE_URL = process.env.ATLAS_SITE_URL || 'https://mcp-tool-atlas.github.io';
/** The repository that holds the catalog; "Edit this page" and issue links point here. */
export const REPOSITORY_URL = 'https://github.com/mcp-tool-atlas/mcp-tool-atlas';
export const SITE_NAME = 'MCP Tool Atlas';
/**
 * How many pages Astro renders at once (astro.config.mjs, build.concurrency): one page's file
 * writes overlap the next page's render (about a tenth off a 5,000-tool build, measured with
 * `npm run bench`). The bench's same-files floor is built the same way.
 */
export const RENDER_CONCURRENCY = 4;
