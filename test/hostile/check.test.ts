// Every case of the hostile corpus meets the check on its own: the ones that must fail are
// rejected with exactly one error, at the expected line, in the expected words; the ones that
// must build pass the check without a word.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { CASES } from '../fixtures/hostile/cases.ts';
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
    expect(diagnostics).toEqual([]);
    expect(result.files.map((f) => f.server.id)).toEqual([c.name]);
  });
});
