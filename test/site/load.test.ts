import { expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { getSite, handOverCheckedCatalog } from '../../src/site/load.ts';

// A folder name no file system holds: getSite can only answer from what was handed over.
const NOWHERE = '/nonexistent/handed-over-catalog';

test('the build hands over copies of the checked servers, equal to them, and keeps no part of the check', () => {
  const result = checkCatalog('test/fixtures/minimal');
  expect(result.errorCount).toBe(0);
  const originals = result.files.map((f) => f.server);
  handOverCheckedCatalog(NOWHERE, result);

  expect(result.files).toEqual([]);
  const servers = getSite(NOWHERE).servers.map((s) => s.server);
  expect(servers.map((s) => s.id).sort()).toEqual(originals.map((s) => s.id).sort());
  for (const server of servers) {
    const original = originals.find((s) => s.id === server.id)!;
    expect(server).toEqual(original);
    expect(server).not.toBe(original);
    expect(server.tools[0]).not.toBe(original.tools[0]);
  }
  expect(getSite(NOWHERE)).toBe(getSite(NOWHERE));
});
