import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspCheck } from './csp.ts';
import { inertCheck } from './inert.ts';
import { linkCheck } from './links.ts';
import { markupCheck } from './markup.ts';
import { filesOf, verifySite, type Problem, type SiteCheck } from './site.ts';

/** The site-wide checks, each independent: markup, links and anchors, strict CSP, inert content. */
export function siteChecks(dist: string, options: { root: string; siteUrl?: string }): SiteCheck[] {
  const config = JSON.parse(readFileSync(join(options.root, '.htmlvalidate.json'), 'utf8'));
  return [markupCheck(config), linkCheck(filesOf(dist), options.siteUrl), cspCheck(), inertCheck(options.siteUrl)];
}

export function checkBuiltSite(dist: string, options: { root: string; siteUrl?: string }): Problem[] {
  return verifySite(dist, siteChecks(dist, options));
}
