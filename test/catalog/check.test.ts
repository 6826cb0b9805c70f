import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { formatDiagnostic } from '../../src/catalog/diagnostics.ts';

const dir = (name: string) => `test/fixtures/check/${name}`;
// A fixed day, so that no fixture grows a staleness warning as time passes.
const now = new Date('2026-06-01T00:00:00Z');
const linesOf = (name: string) => checkCatalog(dir(name), { now }).diagnostics.map(formatDiagnostic);

// One fixture per error class, each with the exact line the check prints.
const CASES: Array<[string, string[]]> = [
  ['malformed-yaml', ['servers/demo.yaml:5:1  Sequence item without - indicator']],
  ['duplicate-yaml-key', ['servers/demo.yaml:3:1  duplicate key "name": a key may appear once per mapping']],
  ['unknown-field', ['servers/demo.yaml:9:5  tools[0].descripton  unknown field "descripton"']],
  ['input-schema-type', ['servers/demo.yaml:13:13  tools[1].inputSchema.type  expected "object"']],
  ['missing-field', ['servers/demo.yaml:1:1  package  is required', 'servers/demo.yaml:7:5  tools[0].inputSchema  is required']],
  ['bad-id', ['servers/Demo_Server.yaml:1:5  id  must be lowercase letters, digits and dashes, starting with a letter or digit']],
  ['id-not-file-name', ['servers/other.yaml:1:5  id  "demo" does not match the file name: rename the file to demo.yaml or change id']],
  [
    'duplicate-server-id',
    [
      'servers/other.yaml:1:5  id  "demo" does not match the file name: rename the file to demo.yaml or change id',
      'servers/other.yaml:1:5  id  "demo" is already the id of test/fixtures/check/duplicate-server-id/servers/demo.yaml',
    ],
  ],
  ['duplicate-tool-name', ['servers/demo.yaml:10:11  tools[1].name  "list_things" is already the name of tools[0]']],
  [
    'slug-collision',
    ['servers/demo.yaml:10:11  tools[1].name  "getJobStatus" and "get_job_status" (tools[0]) would share the page /servers/demo/get-job-status/'],
  ],
  ['url-scheme', ['servers/demo.yaml:5:9  source  must be an http:// or https:// URL']],
  ['bad-category', ['servers/demo.yaml:11:17  tools[0].classification.category  expected one of "Read", "Write", "Execute", "Destructive", "Financial"']],
  ['bad-date', ['servers/demo.yaml:5:8  added  must be a date written as YYYY-MM-DD']],
  ['dates-out-of-order', ['servers/demo.yaml:6:10  updated  2026-01-01 is before added (2026-03-01)']],
  ['wrong-extension', ['servers/demo.yml:1:1  catalog files are named <server-id>.yaml']],
];

describe('checkCatalog', () => {
  test.each(CASES)('%s: names the file, line, column and field', (name, expected) => {
    expect(linesOf(name)).toEqual(expected.map((line) => `${dir(name)}/${line}`));
  });

  test('reports every error of every file at once, in file and line order', () => {
    expect(linesOf('many-errors')).toEqual(
      [
        'servers/demo.yaml:9:5  tools[0].descripton  unknown field "descripton"',
        'servers/other.yaml:5:9  source  must be an http:// or https:// URL',
        'servers/zed.yaml:1:1  added  is required',
        'servers/zed.yaml:1:1  description  is required',
        'servers/zed.yaml:1:1  package  is required',
        'servers/zed.yaml:1:1  tools  is required',
        'servers/zed.yaml:1:1  updated  is required',
      ].map((line) => `${dir('many-errors')}/${line}`),
    );
  });

  test('a missing catalog folder is an error, not an empty site', () => {
    const result = checkCatalog('test/fixtures/does-not-exist');
    expect(result.errorCount).toBe(1);
    expect(result.diagnostics[0]!.message).toContain('catalog folder not found');
  });

  test('a valid catalog has no diagnostics and yields its servers', () => {
    const result = checkCatalog('test/fixtures/minimal', { now });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.server.id)).toEqual(['demo']);
    expect(result.files[0]!.server.tools).toHaveLength(3);
  });
});
