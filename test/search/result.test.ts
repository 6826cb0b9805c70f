import { describe, expect, test } from 'vitest';
import { factsLine } from '../../src/search/result.ts';

describe('factsLine', () => {
  test('a tool is placed by its category, risk and server, the server last', () => {
    expect(factsLine({ kind: 'tool', server: 'Amazon MQ MCP Server', category: 'Read', risk: 'Low' })).toBe('Read · Low risk · Amazon MQ MCP Server');
  });

  test('a server states its tool count in words that agree with it', () => {
    expect(factsLine({ kind: 'server', tools: '1' })).toBe('Server with 1 tool');
    expect(factsLine({ kind: 'server', tools: '1200' })).toBe('Server with 1,200 tools');
    expect(factsLine({ kind: 'server' })).toBe('Server');
  });
});
