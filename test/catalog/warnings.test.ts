import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import type { ValidFile } from '../../src/catalog/rules.ts';
import type { Server } from '../../src/catalog/schema/server.ts';
import { daysSince, entryIsStale, likelyDuplicates, packageKey, sourceKey, STALE_AFTER_DAYS } from '../../src/catalog/warnings.ts';

const server = (over: Partial<Server>): Server => ({
  id: 'x',
  name: 'X',
  package: 'npm:x',
  description: '',
  added: '2026-01-01',
  updated: '2026-01-01',
  tools: [],
  ...over,
});
const file = (name: string, over: Partial<Server>): ValidFile => ({ file: `servers/${name}.yaml`, server: server({ id: name, ...over }) });

describe('staleness', () => {
  const now = new Date('2026-11-25T15:00:00Z');

  test('counts whole days from midnight UTC', () => {
    expect(daysSince('2026-11-25', now)).toBe(0);
    expect(daysSince('2026-11-24', now)).toBe(1);
    expect(daysSince('2025-11-25', now)).toBe(365);
  });

  test('warns only past the limit, at `updated`', () => {
    expect(entryIsStale(file('a', { updated: '2025-11-25' }), now)).toEqual([]);
    const [finding, ...rest] = entryIsStale(file('a', { updated: '2025-11-24' }), now);
    expect(rest).toEqual([]);
    expect(finding!.path).toEqual(['updated']);
    expect(finding!.message).toContain(`${STALE_AFTER_DAYS + 1} days`);
  });
});

describe('package and source keys', () => {
  test('a bare name is PyPI, and PyPI folds -, _ and . (PEP 503)', () => {
    expect(packageKey('Foo_Bar')).toBe(packageKey('pypi:foo-bar'));
    expect(packageKey('pypi:foo.bar')).toBe(packageKey('foo--bar'));
    expect(packageKey('npm:foo_bar')).not.toBe(packageKey('npm:foo-bar'));
    expect(packageKey('npm:@Scope/Name')).toBe('npm:@scope/name');
    expect(packageKey('npm:foo')).not.toBe(packageKey('pypi:foo'));
  });

  test('scheme, www, case, .git and trailing slashes do not make a different source', () => {
    const key = sourceKey('https://github.com/example/files');
    for (const same of ['http://www.github.com/Example/Files/', 'https://github.com/example/files.git', 'https://github.com/example/files?tab=readme#top']) {
      expect(sourceKey(same)).toBe(key);
    }
    expect(sourceKey('https://github.com/example/files/tree/main/src/a')).not.toBe(key);
  });
});

describe('likely duplicates', () => {
  test('every file of a group is warned, naming the others', () => {
    const a = file('a', { package: 'npm:shared', source: 'https://github.com/o/r' });
    const b = file('b', { package: 'npm:shared' });
    const c = file('c', { package: 'npm:other', source: 'https://github.com/O/r.git' });
    const d = file('d', { package: 'npm:alone' });
    const found = likelyDuplicates([a, b, c, d]).map(({ file: f, finding }) => [f.server.id, finding.path.join('.'), finding.message.split(':')[0]]);
    expect(found).toEqual([
      ['a', 'package', 'same package as servers/b.yaml'],
      ['b', 'package', 'same package as servers/a.yaml'],
      ['a', 'source', 'same source as servers/c.yaml'],
      ['c', 'source', 'same source as servers/a.yaml'],
    ]);
  });
});

describe('in the check', () => {
  test('duplicates and stale entries are warnings pinned to their lines, not errors', () => {
    const result = checkCatalog('test/fixtures/pull-request', { now: new Date('2020-03-01T00:00:00Z') });
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    // Measured from 2020-03-01, files.yaml (updated 2020-02-01) is fresh.
    expect(warnings.map((d) => `${d.file.split('/').pop()}:${d.line} ${d.path}`)).toEqual([
      'copy-of-files.yaml:3 package',
      'copy-of-files.yaml:5 source',
      'files.yaml:3 package',
      'files.yaml:5 source',
    ]);
    const later = checkCatalog('test/fixtures/pull-request', { now: new Date('2021-03-01T00:00:00Z') });
    expect(later.diagnostics.filter((d) => d.path === 'updated').map((d) => [d.severity, d.line])).toEqual([['warning', 7]]);
    expect(later.errorCount).toBe(result.errorCount);
  });
});

test('files with errors get no warnings on top', () => {
  // Both files of duplicate-server-id share a package, but one of them already has errors.
  const result = checkCatalog('test/fixtures/check/duplicate-server-id', { now: new Date('2030-01-01T00:00:00Z') });
  expect(result.errorCount).toBeGreaterThan(0);
  expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.file)).toEqual([
    'test/fixtures/check/duplicate-server-id/servers/demo.yaml',
  ]);
});
