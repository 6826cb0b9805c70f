import { expect, test } from 'vitest';
import { jsonDepth } from '../../src/catalog/schema/json-schema.ts';

test('jsonDepth counts levels of arrays and objects, not scalars', () => {
  expect(jsonDepth('x')).toBe(0);
  expect(jsonDepth(null)).toBe(0);
  expect(jsonDepth({})).toBe(1);
  expect(jsonDepth([])).toBe(1);
  expect(jsonDepth({ a: 1, b: [2, { c: null }], d: { e: 'f' } })).toBe(3);
  expect(jsonDepth([[[[]]], {}])).toBe(4);
});

test('jsonDepth stops once past the limit, without walking a hostile depth', () => {
  let deep: unknown = {};
  for (let i = 0; i < 100_000; i++) deep = { x: deep };
  const depth = jsonDepth(deep, 32);
  expect(depth).toBeGreaterThan(32);
  expect(depth).toBeLessThan(100);
});
