import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Category } from '../../src/catalog/schema/category.ts';
import type { Tool } from '../../src/catalog/schema/tool.ts';
import { classificationOf, classifyTool, type Confidence } from '../../src/classify/classify.ts';

interface Row {
  source: string;
  name: string;
  title?: string;
  description?: string;
  annotations?: Tool['annotations'];
  parameters?: string[];
  expected: Category;
  confidence?: Confidence;
  conflict?: boolean;
  trap?: string;
}

const rows = parse(readFileSync('test/fixtures/classify/tools.yaml', 'utf8')) as Row[];

const toolOf = (row: Row): Tool => ({
  name: row.name,
  ...(row.title ? { title: row.title } : {}),
  ...(row.description !== undefined ? { description: row.description } : {}),
  ...(row.annotations ? { annotations: row.annotations } : {}),
  inputSchema: { type: 'object', properties: Object.fromEntries((row.parameters ?? []).map((p) => [p, { type: 'string' }])) },
});

test('the table holds at least 80 real tools, every trap of the issue among them', () => {
  expect(rows.length).toBeGreaterThanOrEqual(80);
  expect(rows.filter((r) => r.source !== 'constructed').length).toBeGreaterThanOrEqual(80);
  const names = rows.map((r) => r.name);
  for (const trap of ['rabbitmq_broker_purge_queue', 'head', 'review', 'high_refund_ratio', 'get_logs', 'execute_sql', 'send_message', 'create_invoice', 'create_broker']) {
    expect(names).toContain(trap);
  }
  expect(rows.some((r) => r.description === '')).toBe(true);
  expect(rows.some((r) => r.description === undefined)).toBe(true);
});

describe.each(rows.map((r) => [`${r.source}: ${r.name} → ${r.expected}`, r] as const))('%s', (_, row) => {
  const c = classifyTool(toolOf(row));
  test(row.trap ?? 'category', () => {
    expect({ category: c.category, rationale: c.rationale }).toMatchObject({ category: row.expected });
    if (row.confidence) expect(c.confidence).toBe(row.confidence);
    if (row.conflict) expect(c.conflicts.length).toBeGreaterThan(0);
    // Every category shows why: a rationale naming it, and evidence unless there was none to find.
    expect(c.rationale).toContain(row.expected);
    expect(c.origin).toBe('derived');
  });
});

describe('explanations', () => {
  const tool = (t: Partial<Tool>): Tool => ({ name: 'x', inputSchema: { type: 'object' }, ...t });

  test('evidence quotes the exact words and fields', () => {
    const c = classifyTool(tool({ name: 'rabbitmq_broker_purge_queue', description: 'Remove all messages from a specific queue.' }));
    expect(c.evidence).toContain('name "rabbitmq_broker_purge_queue": "purge" is a destructive verb');
    expect(c.evidence).toContain('description "Remove all messages from a specific queue.": "remove" is a destructive verb');
    expect(c.confidence).toBe('high');
  });

  test('parameter signals are named: path, URL, credential, money, command', () => {
    const c = classifyTool(tool({ name: 'upload_report', inputSchema: { type: 'object', properties: { file_path: {}, callback_url: {}, api_key: {}, amount: {}, key: {} } } }));
    expect(c.category).toBe('Financial');
    expect(c.evidence).toEqual(expect.arrayContaining([
      'inputSchema.properties.amount: a sum of money',
      'inputSchema.properties.file_path: a file system path',
      'inputSchema.properties.callback_url: a URL to reach',
      'inputSchema.properties.api_key: a credential',
      '5 parameters, 0 required',
    ]));
    // A bare `key` is a lookup key, not a credential.
    expect(c.evidence.join('\n')).not.toContain('properties.key:');
    const run = classifyTool(tool({ name: 'start_task', inputSchema: { type: 'object', properties: { command: {} } } }));
    expect(run.category).toBe('Execute');
    expect(run.evidence).toContain('inputSchema.properties.command: code or a command to run');
  });

  test('a readOnlyHint on a destructive name is shown as a conflict, and the name is kept', () => {
    const c = classifyTool(tool({ name: 'delete_file', annotations: { readOnlyHint: true } }));
    expect(c.category).toBe('Destructive');
    expect(c.confidence).toBe('low');
    expect(c.conflicts).toEqual(['the server declares readOnlyHint: true, but "delete" is a destructive verb']);
  });

  test('a weak verb gives way to a declared read-only hint, with the conflict shown', () => {
    const c = classifyTool(tool({ name: 'open_nodes', annotations: { readOnlyHint: true } }));
    expect(c.category).toBe('Read');
    expect(c.conflicts).toHaveLength(1);
  });

  test('a strong verb outside the name gives way to a declared read-only hint, and the rationale says why', () => {
    const c = classifyTool(tool({ name: 'aggregate-db', description: 'Run an aggregation against a database', annotations: { readOnlyHint: true } }));
    expect(c.category).toBe('Read');
    expect(c.rationale).toContain('only a strong verb in its name would outweigh that');
    expect(c.rationale).not.toContain('weak verb');
  });

  test('a description that acts against a reading name is stated as a whole sentence', () => {
    const c = classifyTool(tool({ name: 'get_results', description: 'Delete the results of a job' }));
    expect(c.conflicts.some((x) => x.endsWith('but the name says it reads'))).toBe(true);
  });

  test('the same definition always gets the same classification', () => {
    for (const row of rows.slice(0, 20)) expect(classifyTool(toolOf(row))).toEqual(classifyTool(toolOf(row)));
  });
});

describe('classificationOf', () => {
  test('a reviewed classification in the file wins, and disagreement with the derived one is shown', () => {
    const tool: Tool = {
      name: 'review',
      description: 'Review and approve a pull request.',
      inputSchema: { type: 'object' },
      classification: { category: 'Write', rationale: 'Approving a pull request lets it merge.' },
    };
    const c = classificationOf(tool);
    expect(c).toMatchObject({ category: 'Write', origin: 'reviewed', confidence: 'high', rationale: 'Approving a pull request lets it merge.' });
    expect(c.conflicts[0]).toMatch(/^derived from the definition: Read/);
  });

  test('without one, the derived classification is used', () => {
    expect(classificationOf({ name: 'get_logs', inputSchema: { type: 'object' } })).toMatchObject({ category: 'Read', origin: 'derived' });
  });

  test('a tool is classified once however often it is asked (the check, then the site model)', () => {
    const tool: Tool = { name: 'delete_branch', inputSchema: { type: 'object' } };
    expect(classificationOf(tool)).toBe(classificationOf(tool));
    // An equal tool that is another object is classified on its own.
    expect(classificationOf({ ...tool })).not.toBe(classificationOf(tool));
    expect(classificationOf({ ...tool })).toEqual(classificationOf(tool));
  });
});
