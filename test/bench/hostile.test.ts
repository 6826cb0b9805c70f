import { describe, expect, test } from 'vitest';
import { HOSTILE_TEXTS, hostileTable, STEPS, timeHostileTexts } from '../../src/bench/hostile.ts';
import { toolSchema } from '../../src/catalog/schema/tool.ts';

describe('hostile texts', () => {
  test('each is a description the catalog accepts, at nearly the longest allowed', () => {
    for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
      const parsed = toolSchema.safeParse({ name: 'hostile_tool', description: text, inputSchema: { type: 'object' } });
      expect(parsed.success ? [] : parsed.error.issues, name).toEqual([]);
      expect(text.length, name).toBeGreaterThan(50_000);
    }
  });

  test('every step runs on every text, and the table has a row for each', () => {
    const rows = timeHostileTexts();
    expect(rows.map((r) => r.text)).toEqual(Object.keys(HOSTILE_TEXTS));
    for (const row of rows) for (const step of STEPS) expect(Number.isFinite(row.ms[step]) && row.ms[step] >= 0, `${row.text}: ${step}`).toBe(true);
    const table = hostileTable(rows).split('\n');
    expect(table).toHaveLength(2 + rows.length);
    expect(table[2]).toMatch(/^\| blanks, then a word( \| \d[\d,.]* ms){6} \|$/);
  });
});
