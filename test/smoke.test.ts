import { expect, test } from 'vitest';
import { checkCatalog } from '../src/catalog/check.ts';

test('the shipped catalog passes the check', () => {
  const result = checkCatalog('catalog');
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.files.length).toBeGreaterThan(0);
});
