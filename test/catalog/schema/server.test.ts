import { describe, expect, test } from 'vitest';
import { serverSchema } from '../../../src/catalog/schema/server.ts';
import { toolSchema } from '../../../src/catalog/schema/tool.ts';

const server = {
  id: 'demo',
  name: 'Demo',
  package: 'npm:@example/demo',
  description: 'Demo.',
  added: '2026-01-01',
  updated: '2026-01-02',
  tools: [],
};

describe('toolSchema', () => {
  test('accepts a tools/list entry exactly as a server sends it', () => {
    const listed = {
      name: 'echo',
      title: 'Echo',
      description: 'Echoes back the input',
      inputSchema: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'], $schema: 'http://json-schema.org/draft-07/schema#', additionalProperties: false },
      outputSchema: { type: 'object', properties: { echoed: { type: 'string' } } },
      annotations: { title: 'Echo', readOnlyHint: true, openWorldHint: false },
      _meta: { 'example.com/x': 1 },
      icons: [{ src: 'https://example.com/i.png' }],
      execution: { taskSupport: 'optional' },
    };
    expect(toolSchema.parse(listed)).toEqual(listed);
  });

  test('keeps hints tri-state: an absent hint stays absent, not false', () => {
    const tool = toolSchema.parse({ name: 'x', inputSchema: { type: 'object' }, annotations: { readOnlyHint: false } });
    expect(tool.annotations).toEqual({ readOnlyHint: false });
    expect('destructiveHint' in tool.annotations!).toBe(false);
  });

  test('rejects unknown keys, so typos never vanish', () => {
    const result = toolSchema.safeParse({ name: 'x', inputSchema: { type: 'object' }, annotations: { readonlyHint: true } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['readonlyHint'], path: ['annotations'] });
  });

  test('the input schema root must be an object schema', () => {
    expect(toolSchema.safeParse({ name: 'x', inputSchema: { type: 'array' } }).success).toBe(false);
    expect(toolSchema.safeParse({ name: 'x' }).success).toBe(false);
  });

  test('a name must be one visible line', () => {
    for (const name of ['', ' padded', 'two\nlines', 'a\u202Eb', 'nul\u0000']) {
      expect(toolSchema.safeParse({ name, inputSchema: { type: 'object' } }).success, JSON.stringify(name)).toBe(false);
    }
  });
});

describe('serverSchema', () => {
  test('accepts a minimal server', () => {
    expect(serverSchema.parse(server)).toEqual(server);
  });

  test('links are http(s) only', () => {
    for (const source of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.org/']) {
      expect(serverSchema.safeParse({ ...server, source }).success, source).toBe(false);
    }
    expect(serverSchema.safeParse({ ...server, source: 'https://github.com/x/y' }).success).toBe(true);
  });

  test('ids are URL slugs', () => {
    for (const id of ['Demo', 'demo_x', '-demo', 'de mo', '', '42']) {
      expect(serverSchema.safeParse({ ...server, id }).success, id).toBe(false);
    }
  });

  test('packages name their registry', () => {
    for (const pkg of ['npm:@modelcontextprotocol/server-filesystem', 'awslabs.amazon-mq-mcp-server', 'pypi:mcp-server-git', 'docker:mcp/buildkite']) {
      expect(serverSchema.safeParse({ ...server, package: pkg }).success, pkg).toBe(true);
    }
    expect(serverSchema.safeParse({ ...server, package: 'npm:<script>' }).success).toBe(false);
  });
});
