import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { reportCheck } from '../../src/cli/check.ts';

/** Collects what reportCheck prints, by stream. */
function recorder() {
  const lines: Record<'log' | 'warn' | 'error', string[]> = { log: [], warn: [], error: [] };
  const out = {
    log: (line: string) => lines.log.push(line),
    warn: (line: string) => lines.warn.push(line),
    error: (line: string) => lines.error.push(line),
  } as unknown as Console;
  return { lines, out };
}

describe('reportCheck', () => {
  const twoWarnings = checkCatalog('test/fixtures/needs-review');

  test('prints every warning by default, and the summary', () => {
    const { lines, out } = recorder();
    expect(reportCheck(twoWarnings, out)).toBe(true);
    expect(lines.warn).toHaveLength(2);
    expect(lines.warn.every((l) => l.includes('warning: needs review'))).toBe(true);
    expect(lines.log).toEqual(['catalog check: 1 file (1 server, 4 tools read): 0 errors, 2 warnings']);
  });

  test('past the number shown, counts the rest and says where to see them', () => {
    const { lines, out } = recorder();
    expect(reportCheck(twoWarnings, out, 1)).toBe(true);
    expect(lines.warn).toHaveLength(2);
    expect(lines.warn[0]).toContain('warning: needs review');
    expect(lines.warn[1]).toBe('… and 1 more warning: npm run check lists them all');
    expect(lines.log[0]).toContain('2 warnings');
  });

  test('never holds back an error', () => {
    const broken = { ...twoWarnings, errorCount: 3, diagnostics: [0, 1, 2].map((i) => ({ ...twoWarnings.diagnostics[0]!, severity: 'error' as const, line: i + 1 })) };
    const { lines, out } = recorder();
    expect(reportCheck(broken, out, 0)).toBe(false);
    expect(lines.error).toHaveLength(4);
    expect(lines.error.slice(0, 3).map((l) => l.match(/:(\d+):\d+ /)?.[1])).toEqual(['1', '2', '3']);
    expect(lines.error[3]).toContain('3 errors, 0 warnings');
    expect(lines.warn).toEqual([]);
  });
});
