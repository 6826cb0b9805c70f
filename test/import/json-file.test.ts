import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { importFromJsonFile } from '../../src/import/sources/json-file.ts';
import { toolsFrom } from '../../src/import/tools.ts';

const dir = mkdtempSync(join(tmpdir(), 'json-source-'));
const write = (name: string, data: string) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const tool = { name: 'get_job_status', description: 'get background job status', inputSchema: { type: 'object', properties: {} } };

test('a tools/list result with a server object (the Amazon MQ sample)', () => {
  const def = importFromJsonFile('test/fixtures/samples/awslabs/amazon-mq-mcp-server.json');
  expect(def.server).toEqual({
    name: 'awslabs.amazon-mq-mcp-server',
    package: 'awslabs.amazon-mq-mcp-server',
    description: 'A Model Context Protocol server for AmazonMQ to provision and manage your AMQ brokers',
    source: 'https://github.com/awslabs/mcp/tree/main/src/amazon-mq-mcp-server',
  });
  expect(def.origin).toEqual({ kind: 'json-file', path: 'test/fixtures/samples/awslabs/amazon-mq-mcp-server.json' });
  const { tools } = toolsFrom(def.tools);
  expect(tools).toHaveLength(22);
  expect(tools.find((t) => t.name === 'create_configuration')!.inputSchema.required).toEqual(['region', 'authentication_strategy', 'engine_type', 'engine_version', 'name']);
  expect(tools.find((t) => t.name === 'rabbitmq_broker_purge_queue')).toBeDefined();
});

test('a plain array of tools, and { tools } without a server', () => {
  expect(importFromJsonFile(write('array.json', JSON.stringify([tool]))).tools).toEqual([tool]);
  const def = importFromJsonFile(write('result.json', JSON.stringify({ tools: [tool], nextCursor: 'x' })));
  expect(def.tools).toEqual([tool]);
  expect(def.server).toEqual({});
});

test('anything else is a clear error, not a crash', () => {
  expect(() => importFromJsonFile(write('bad.json', '{ "tools": '))).toThrow(/not valid JSON/);
  expect(() => importFromJsonFile(write('obj.json', '{ "items": [] }'))).toThrow(/neither a tools\/list result/);
  expect(() => importFromJsonFile(join(dir, 'missing.json'))).toThrow(/File not found/);
});
