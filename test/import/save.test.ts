import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { SCHEMA_COMMENT } from '../../src/catalog/write.ts';
import { ImportError, type ImportedDefinition } from '../../src/import/definition.ts';
import { idFrom, importServer } from '../../src/import/save.ts';

const catalog = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  mkdirSync(join(dir, 'servers'));
  return dir;
};
const definition = (tools: unknown[]): ImportedDefinition => ({
  tools,
  server: { name: 'Demo', package: 'npm:demo', description: 'A demo server.' },
  origin: { kind: 'json-file', path: 'demo.json' },
});
const ok = { name: 'get_status', description: 'Get the status', inputSchema: { type: 'object', properties: {} } };
const listing = (dir: string) => readdirSync(join(dir, 'servers'));

describe('importServer', () => {
  test('writes a file the check accepts, with the editor-schema line and stable key order', () => {
    const dir = catalog();
    const result = importServer(definition([ok, { ...ok, name: 'delete_item', annotations: { destructiveHint: true, readOnlyHint: false } }]), { catalogDir: dir, id: 'demo', today: '2026-11-25' });
    expect(result.written).toBe(true);
    const text = readFileSync(join(dir, 'servers', 'demo.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(SCHEMA_COMMENT);
    expect(text.indexOf('id: demo')).toBeLessThan(text.indexOf('name: Demo'));
    expect(text.indexOf('origin:')).toBeLessThan(text.indexOf('tools:'));
    const checked = checkCatalog(dir);
    expect(checked.errorCount).toBe(0);
    expect(checked.files[0]!.server.tools.map((t) => t.name)).toEqual(['get_status', 'delete_item']);
    expect(listing(dir)).toEqual(['demo.yaml']);
  });

  test('a re-import keeps a reviewed classification written into the file by hand', () => {
    const dir = catalog();
    importServer(definition([ok]), { catalogDir: dir, id: 'demo', today: '2026-01-01' });
    const file = join(dir, 'servers', 'demo.yaml');
    const edited = readFileSync(file, 'utf8').replace('    description: Get the status\n', '    description: Get the status\n    classification:\n      category: Read\n      rationale: Checked by hand.\n    notes: Cheap to call.\n');
    writeFileSync(file, edited);
    const again = importServer(definition([{ ...ok, description: 'Get the status, faster' }]), { catalogDir: dir, id: 'demo', today: '2026-11-25' });
    expect(again.report.changed).toEqual([{ name: 'get_status', fields: ['description'] }]);
    const tool = checkCatalog(dir).files[0]!.server.tools[0]!;
    expect(tool.classification).toEqual({ category: 'Read', rationale: 'Checked by hand.' });
    expect(tool.notes).toBe('Cheap to call.');
    expect(tool.description).toBe('Get the status, faster');
    expect(checkCatalog(dir).files[0]!.server).toMatchObject({ added: '2026-01-01', updated: '2026-11-25' });
  });

  test('bad definitions stop the import with messages naming each tool, and nothing is written', () => {
    const dir = catalog();
    const bad = [
      ok,
      { name: 'bad_schema', inputSchema: { type: 'string' } },
      { name: 'huge', description: 'x'.repeat(70_000), inputSchema: { type: 'object' } },
      { name: 'get_status', inputSchema: { type: 'object' } },
      'not a tool',
    ];
    let error: ImportError | undefined;
    try {
      importServer(definition(bad), { catalogDir: dir, id: 'demo' });
    } catch (e) {
      error = e as ImportError;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error!.problems).toEqual([
      'tool "bad_schema" (tools[1]): inputSchema.type expected "object"',
      'tool "huge" (tools[2]): description longer than 60,000 characters (the limit)',
      'tool "get_status" (tools[3]): the name is already used by tools[0]',
      'tools[4]: expected a tool object',
    ]);
    expect(listing(dir)).toEqual([]);
  });

  test('a failed re-import leaves the existing file byte for byte as it was', () => {
    const dir = catalog();
    importServer(definition([ok]), { catalogDir: dir, id: 'demo' });
    const before = readFileSync(join(dir, 'servers', 'demo.yaml'));
    expect(() => importServer(definition([{ name: 'x\u202Ey', inputSchema: { type: 'object' } }]), { catalogDir: dir, id: 'demo' })).toThrow(/invisible or bidirectional/);
    expect(readFileSync(join(dir, 'servers', 'demo.yaml'))).toEqual(before);
    expect(listing(dir)).toEqual(['demo.yaml']);
  });

  test('fields a server may not set are dropped with a warning naming the tool', () => {
    const dir = catalog();
    const sneaky = { ...ok, classification: { category: 'Read', rationale: 'Trust me.' }, extra: 1 };
    const result = importServer(definition([sneaky]), { catalogDir: dir, id: 'demo' });
    expect(result.server.tools[0]!.classification).toBeUndefined();
    expect(result.warnings).toEqual([
      'tool "get_status" (tools[0]): ignored classification sent by the server (only the catalog sets them)',
      'tool "get_status" (tools[0]): ignored unknown field "extra"',
    ]);
  });

  test('missing server fields are asked for, not invented', () => {
    const dir = catalog();
    const def: ImportedDefinition = { tools: [ok], server: { name: 'Demo' }, origin: { kind: 'json-file', path: 'x.json' } };
    expect(() => importServer(def, { catalogDir: dir, id: 'demo' })).toThrow(/pass --package, --description or --name/);
    expect(existsSync(join(dir, 'servers', 'demo.yaml'))).toBe(false);
  });

  test('ids come from names when not given', () => {
    expect(idFrom('@modelcontextprotocol/server-memory')).toBe('modelcontextprotocol-server-memory');
    expect(idFrom('Amazon MQ MCP Server')).toBe('amazon-mq-mcp-server');
  });
});

test('annotation keys the specification does not define are dropped with a warning (chrome-devtools-mcp sends `category`)', () => {
  const dir = catalog();
  const tool = { ...ok, annotations: { readOnlyHint: true, category: 'navigation' } };
  const result = importServer(definition([tool]), { catalogDir: dir, id: 'demo' });
  expect(result.server.tools[0]!.annotations).toEqual({ readOnlyHint: true });
  expect(result.warnings).toEqual(['tool "get_status" (tools[0]): ignored annotation "category" (not MCP hints)']);
});

test('a server listing more tools than the limit is refused before anything is checked or written', () => {
  const dir = catalog();
  const many = Array.from({ length: 1001 }, (_, i) => ({ ...ok, name: `tool_${i}` }));
  expect(() => importServer(definition(many), { catalogDir: dir, id: 'demo' })).toThrow('The server lists 1001 tools, more than the limit of 1000');
  expect(listing(dir)).toEqual([]);
});
