import { expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { formatDiagnostic } from '../../src/catalog/diagnostics.ts';
import { runCheck } from '../helpers/build.ts';

const DIR = 'test/fixtures/needs-review';

test('low-confidence derived classifications are warnings at the tool, reviewed ones are not', () => {
  const result = checkCatalog(DIR);
  expect(result.errorCount).toBe(0);
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  expect(warnings.map((w) => [w.line, w.path])).toEqual([
    [12, 'tools[1].name'],
    [15, 'tools[2].name'],
  ]);
  expect(formatDiagnostic(warnings[0]!)).toMatch(
    /^test\/fixtures\/needs-review\/servers\/demo\.yaml:12:\d+ {2}tools\[1\]\.name {2}warning: needs review: classified Write with low confidence/,
  );
  expect(warnings[1]!.message).toContain('readOnlyHint: true, but "delete" is a destructive verb');
});

test('npm run check prints the warnings and still passes', async () => {
  const { code, stderr, stdout } = await runCheck(DIR);
  expect(code).toBe(0);
  expect(stderr).toContain('warning: needs review');
  expect(stdout).toContain('(1 server, 4 tools read): 0 errors, 2 warnings');
});
