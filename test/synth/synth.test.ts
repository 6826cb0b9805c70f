import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { LIMITS } from '../../src/catalog/limits.ts';
import { CATEGORIES } from '../../src/catalog/schema/category.ts';
import { serverSchema } from '../../src/catalog/schema/server.ts';
import { serverToYaml } from '../../src/catalog/write.ts';
import { classificationOf } from '../../src/classify/classify.ts';
import { styleName } from '../../src/synth/names.ts';
import { seeded } from '../../src/synth/random.ts';
import { synthCatalog, toolCounts } from '../../src/synth/synth.ts';
import { writeCatalog } from '../../src/synth/write.ts';

const catalog = synthCatalog({ servers: 20, tools: 1_500, seed: 7 });
const tools = catalog.flatMap((s) => s.tools);

describe('synthCatalog', () => {
  test('makes exactly the servers and tools asked for', () => {
    expect(catalog).toHaveLength(20);
    expect(tools).toHaveLength(1_500);
  });

  test('is deterministic for a seed and differs between seeds', () => {
    const again = synthCatalog({ servers: 20, tools: 1_500, seed: 7 });
    expect(again.map(serverToYaml)).toEqual(catalog.map(serverToYaml));
    const other = synthCatalog({ servers: 20, tools: 1_500, seed: 8 });
    expect(other.map(serverToYaml)).not.toEqual(catalog.map(serverToYaml));
  });

  test('every server matches the schema', () => {
    for (const server of catalog) expect(serverSchema.safeParse(server).success).toBe(true);
  });

  test('uses every naming style', () => {
    const names = tools.map((t) => t.name);
    expect(names.some((n) => /^[a-z]+(_[a-z0-9]+)+$/.test(n))).toBe(true);
    expect(names.some((n) => /^[a-z]+(-[a-z0-9]+)+$/.test(n))).toBe(true);
    expect(names.some((n) => /^[a-z]+([A-Z][a-z0-9]+)+$/.test(n))).toBe(true);
    expect(names.some((n) => /^[a-z]+(\.[a-z0-9]+)+$/.test(n))).toBe(true);
  });

  test('covers every category, as the classifier sees them', () => {
    const seen = new Set(tools.map((t) => classificationOf(t).category));
    expect([...seen].sort()).toEqual([...CATEGORIES].sort());
  });

  test('descriptions range from none to 50 KB, with Markdown and markup-like text', () => {
    const lengths = tools.map((t) => t.description?.length ?? 0);
    expect(tools.some((t) => t.description === undefined)).toBe(true);
    expect(Math.max(...lengths)).toBeGreaterThan(20_000);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(50_000);
    const text = tools.map((t) => t.description ?? '').join('\n');
    expect(text).toMatch(/^- \*\*/m);
    expect(text).toContain('```');
    expect(text).toContain('<script>');
  });

  test('parameters range from 0 to 36, with nesting, enums, anyOf and type arrays', () => {
    const counts = tools.map((t) => Object.keys(t.inputSchema.properties ?? {}).length);
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBeGreaterThan(25);
    expect(Math.max(...counts)).toBeLessThanOrEqual(36);
    const schemas = JSON.stringify(tools.map((t) => t.inputSchema));
    for (const marker of ['"enum":', '"anyOf":', '"type":["', '"items":{"type":"object"']) expect(schemas).toContain(marker);
    expect(schemas).toMatch(/"properties":\{[^}]*"properties":/);
  });

  test('annotations on a few percent of tools', () => {
    const share = tools.filter((t) => t.annotations).length / tools.length;
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.1);
  });

  test('the written catalog passes the check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-synth-'));
    writeCatalog(dir, catalog);
    // Warnings are expected: the generator writes stale dates and verb-less names on purpose.
    const result = checkCatalog(dir);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.files.reduce((n, f) => n + f.server.tools.length, 0)).toBe(1_500);
  });

  test('a server at the tool limit still fits the file size limit', () => {
    const [big] = synthCatalog({ servers: 1, tools: LIMITS.toolsPerServer, seed: 3 });
    expect(Buffer.byteLength(serverToYaml(big!))).toBeLessThan(LIMITS.fileBytes);
  });
});

describe('toolCounts', () => {
  test('splits unevenly, adds up, and respects the per-server limit', () => {
    const counts = toolCounts(seeded(1), 10, 9_000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(9_000);
    expect(Math.max(...counts)).toBeLessThanOrEqual(LIMITS.toolsPerServer);
    expect(new Set(toolCounts(seeded(1), 50, 1_000)).size).toBeGreaterThan(5);
  });

  test('refuses more tools than the servers may hold', () => {
    expect(() => toolCounts(seeded(1), 2, 2_001)).toThrow(/do not fit/);
  });
});

test('styleName writes each style', () => {
  const words = ['get', 'user', 'profile'];
  expect(styleName(words, 'snake')).toBe('get_user_profile');
  expect(styleName(words, 'kebab')).toBe('get-user-profile');
  expect(styleName(words, 'camel')).toBe('getUserProfile');
  expect(styleName(words, 'dotted')).toBe('user.profile.get');
});
