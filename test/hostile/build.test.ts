// The building half of the hostile corpus goes through the real build, and each case's page
// shows its hostile text literally: as text, never as markup. The site-wide checks (markup,
// links, strict CSP, inert content) then pass on every page of it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/site/config.ts';
import { checkBuiltSite } from '../../src/verify/checks.ts';
import { parseHtml, textOf } from '../../src/verify/html.ts';
import { formatProblem } from '../../src/verify/site.ts';
import { ROOT } from '../helpers/build.ts';
import { BUILDING_CASES, builtHostileSite } from '../helpers/hostile.ts';

let dist = '';
beforeAll(async () => {
  dist = await builtHostileSite();
});

describe.each(BUILDING_CASES)('$name', (c) => {
  test(`renders inertly: ${c.about}`, () => {
    const file = join(dist, c.expect.page, 'index.html');
    expect(existsSync(file), `${c.expect.page} was not built`).toBe(true);
    const text = textOf(parseHtml(readFileSync(file, 'utf8')));
    for (const shown of c.expect.shows) expect(text, `${c.expect.page} does not show ${JSON.stringify(shown.slice(0, 80))}`).toContain(shown);
    for (const absent of c.expect.never ?? []) expect(text, `${c.expect.page} contains ${JSON.stringify(absent)}`).not.toContain(absent);
  });
});

test('every page of the hostile site passes the site-wide checks', () => {
  const problems = checkBuiltSite(dist, { root: ROOT, siteUrl: SITE_URL }).map(formatProblem);
  expect(problems).toEqual([]);
});
