import { describe, expect, test } from 'vitest';
import type { Server } from '../../src/catalog/schema/server.ts';
import type { Tool } from '../../src/catalog/schema/tool.ts';
import { formatReport, mergeServer } from '../../src/import/merge.ts';

const schema = { type: 'object' as const, properties: {} };
const tool = (name: string, extra: Partial<Tool> = {}): Tool => ({ name, description: `${name} tool`, inputSchema: schema, ...extra });

const existing: Server = {
  id: 'demo',
  name: 'Demo (reviewed name)',
  package: 'npm:demo',
  description: 'Set by hand.',
  tags: ['hand'],
  added: '2025-01-02',
  updated: '2025-03-04',
  tools: [
    tool('list_items', { notes: 'Paginates at 100.' }),
    tool('purge_items', { classification: { category: 'Destructive', rationale: 'Deletes every item.', evidence: ['purge'] } }),
    tool('old_tool', { classification: { category: 'Read', rationale: 'Reviewed.' } }),
    tool('same_tool'),
  ],
};

describe('mergeServer', () => {
  const fresh = [
    tool('list_items', { description: 'Lists items, now with filters', annotations: { readOnlyHint: true } }),
    tool('purge_items'),
    tool('same_tool'),
    tool('create_invoice', { description: 'Creates a new invoice' }),
    tool('delete_everything'),
    tool('get_status'),
  ];
  const { server, report } = mergeServer({
    existing,
    id: 'demo',
    tools: fresh,
    fromSource: { name: 'demo-server', description: 'From the server', tags: ['source'] },
    given: {},
    origin: { kind: 'stdio', command: ['npx', '-y', 'demo@1.0.0'] },
    today: '2026-11-25',
  });

  test('keeps everything a person set: classifications, notes, server fields, added', () => {
    const byName = new Map(server.tools.map((t) => [t.name, t]));
    expect(byName.get('list_items')!.notes).toBe('Paginates at 100.');
    expect(byName.get('purge_items')!.classification).toEqual(existing.tools[1]!.classification);
    expect(server.name).toBe('Demo (reviewed name)');
    expect(server.description).toBe('Set by hand.');
    expect(server.tags).toEqual(['hand']);
    expect(server.added).toBe('2025-01-02');
  });

  test('takes the definitions from the server', () => {
    const list = server.tools.find((t) => t.name === 'list_items')!;
    expect(list.description).toBe('Lists items, now with filters');
    expect(list.annotations).toEqual({ readOnlyHint: true });
    expect(server.tools.map((t) => t.name)).toEqual(fresh.map((t) => t.name));
    expect(server.origin).toEqual({ kind: 'stdio', command: ['npx', '-y', 'demo@1.0.0'] });
    expect(server.updated).toBe('2026-11-25');
  });

  test('reports added, removed and changed tools, marking dangerous new ones', () => {
    expect(report.added).toEqual([
      { name: 'create_invoice', category: 'Financial', dangerous: true },
      { name: 'delete_everything', category: 'Destructive', dangerous: true },
      { name: 'get_status', category: 'Read', dangerous: false },
    ]);
    expect(report.removed).toEqual([{ name: 'old_tool', reviewed: true }]);
    expect(report.changed).toEqual([{ name: 'list_items', fields: ['description', 'annotations'] }]);
    expect(report.unchanged).toBe(2);
    const text = formatReport('demo', report);
    expect(text).toContain('+ create_invoice  (Financial)  !! new Financial tool');
    expect(text).toContain('+ delete_everything  (Destructive)  !! new Destructive tool');
    expect(text).not.toMatch(/get_status.*!!/);
    expect(text).toContain('- old_tool  (its reviewed classification or notes are dropped with it)');
    expect(text).toContain('~ list_items  (description, annotations)');
  });

  test('flags win over the file, and the file over the source', () => {
    const r = mergeServer({ existing, id: 'demo', tools: fresh, fromSource: { homepage: 'https://example.org/' }, given: { name: 'Given' }, today: '2026-11-25' });
    expect(r.server.name).toBe('Given');
    expect(r.server.homepage).toBe('https://example.org/');
  });

  test('a re-import that finds nothing new changes nothing, not even the date', () => {
    const again = mergeServer({ existing, id: 'demo', tools: existing.tools.map((t) => tool(t.name)), fromSource: {}, given: {}, today: '2026-11-25' });
    expect(again.report.dirty).toBe(false);
    expect(again.server.updated).toBe('2025-03-04');
    expect(formatReport('demo', again.report)).toBe('demo: no changes');
  });

  test('a new server is dated today and takes the source fields', () => {
    const r = mergeServer({ id: 'demo', tools: [tool('get_status')], fromSource: { name: 'demo-server', package: 'npm:demo' }, given: {}, today: '2026-11-25' });
    expect(r.report.created).toBe(true);
    expect(r.server).toMatchObject({ name: 'demo-server', package: 'npm:demo', added: '2026-11-25', updated: '2026-11-25' });
  });
});
