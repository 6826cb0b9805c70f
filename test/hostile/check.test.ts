// Every case of the hostile corpus meets the check on its own: the ones that must fail are
// rejected with exactly one error, at the expected line, in the expected words; the ones that
// must build pass the check without a word.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { CASES } from '../fixtures/hostile/cases.ts';
import { buildCatalog, runCheck } from '../helpers/build.ts';
import { writeCases } from '../helpers/hostile.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function checkAlone(c: (typeof CASES)[number]) {
  const result = checkCatalog(writeCases(join(root, c.name), [c]));
  return {
    result,
    diagnostics: result.diagnostics.map((d) => ({ file: basename(d.file), line: d.line, path: d.path, message: d.message })),
  };
}

test('the corpus has at least 40 cases, each named once', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
});

describe.each(CASES.filter((c) => c.expect.outcome === 'error'))('rejected: $name', (c) => {
  test(c.about, () => {
    const expected = c.expect as Extract<typeof c.expect, { outcome: 'error' }>;
    const { result, diagnostics } = checkAlone(c);
    expect(diagnostics).toEqual([{ file: `${c.name}.yaml`, line: expected.line, path: expected.path, message: expected.message }]);
    expect(result.errorCount).toBe(1);
  });
});

describe.each(CASES.filter((c) => c.expect.outcome === 'builds'))('accepted: $name', (c) => {
  test(c.about, () => {
    const { result, diagnostics } = checkAlone(c);
    // The classifier's "needs review" warnings are about weak evidence (these tools have made-up
    // names), not about hostility: every other word from the check would be a finding.
    expect(diagnostics.filter((d) => !d.message.startsWith('needs review:'))).toEqual([]);
    expect(result.errorCount).toBe(0);
    expect(result.files.map((f) => f.server.id)).toEqual([c.name]);
  });
});

test('npm run check and npm run build name the file, line and limit of each hostile case', async () => {
  const picked = CASES.filter((c) => ['javascript-source', 'description-100kb', 'yaml-alias-bomb'].includes(c.name));
  const dir = writeCases(join(root, 'cli'), picked);
  const check = await runCheck(dir);
  expect(check.code).toBe(1);
  const lines = check.stderr.split('\n').filter((l) => l.includes('.yaml:'));
  expect(lines).toEqual([
    `${join(dir, 'servers', 'description-100kb.yaml')}:11:18  tools[0].description  longer than 60,000 characters (the limit)`,
    `${join(dir, 'servers', 'javascript-source.yaml')}:7:9  source  must be an http:// or https:// URL`,
    `${join(dir, 'servers', 'yaml-alias-bomb.yaml')}:13:14  YAML aliases expand to more than 100 copies (the limit); a "billion laughs" bomb?`,
  ]);
  const build = await buildCatalog(dir);
  expect(build.ok).toBe(false);
  expect(build.stderr).toContain('javascript-source.yaml:7:9  source  must be an http:// or https:// URL');
  expect(build.stderr).toContain('Nothing was built');
  rmSync(build.outDir, { recursive: true, force: true });
});
