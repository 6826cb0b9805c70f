// `node src/cli/verify.ts [dist]`: the site-wide checks over a built site (markup, links and
// anchors, strict CSP, inert content); every problem on its own line.
import { resolve } from 'node:path';
import { count } from '../catalog/words.ts';
import { SITE_URL } from '../site/config.ts';
import { checkBuiltSite } from '../verify/checks.ts';
import { formatProblem } from '../verify/site.ts';

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? process.env.ATLAS_OUT_DIR ?? 'dist');
  const problems = checkBuiltSite(dist, { root: resolve(import.meta.dirname, '../..'), siteUrl: SITE_URL });
  for (const p of problems) console.error(formatProblem(p));
  console.log(`site check of ${dist}: ${count(problems.length, 'problem')}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
