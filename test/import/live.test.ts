import { createServer, type Server as HttpServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ImportError } from '../../src/import/definition.ts';
import { importServer } from '../../src/import/save.ts';
import { importFromHttp } from '../../src/import/sources/http.ts';
import { importFromStdio } from '../../src/import/sources/stdio.ts';
import { buildCatalog, ROOT, runCheck } from '../helpers/build.ts';

const MEMORY_SERVER = resolve(ROOT, 'node_modules/@modelcontextprotocol/server-memory/dist/index.js');

// Three pages of tools, so the importer must follow nextCursor to see them all.
const PAGES = [
  [
    { name: 'list_orders', description: 'List orders in the shop.', inputSchema: { type: 'object', properties: { limit: { type: 'integer' } } }, annotations: { readOnlyHint: true } },
    { name: 'refund_order', description: 'Refund an order in full.', inputSchema: { type: 'object', properties: { order_id: { type: 'string' }, amount: { type: 'number' } }, required: ['order_id'] } },
  ],
  [{ name: 'delete_order', description: 'Permanently delete an order.', inputSchema: { type: 'object', properties: { order_id: { type: 'string' } } }, annotations: { readOnlyHint: false, destructiveHint: true } }],
  [{ name: 'head', description: 'Send an HTTP HEAD request to a URL and return the headers.', inputSchema: { type: 'object', properties: { url: { type: 'string' } } } }],
];

function shopServer(): Server {
  const server = new Server({ name: 'shop-server', version: '1.0.0' }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, (request) => {
    const page = Number(request.params?.cursor ?? 0);
    return { tools: PAGES[page]!, ...(page + 1 < PAGES.length ? { nextCursor: String(page + 1) } : {}) };
  });
  return server;
}

let http: HttpServer;
let url: string;

beforeAll(async () => {
  http = createServer(async (req, res) => {
    // Stateless: a fresh server and transport per request, as the SDK documents.
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => void transport.close());
    await shopServer().connect(transport);
    await transport.handleRequest(req, res);
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const address = http.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}/mcp`;
});
afterAll(() => new Promise<void>((done) => http.close(() => done())));

describe('importing from live MCP servers', () => {
  const catalog = mkdtempSync(join(tmpdir(), 'atlas-live-'));
  mkdirSync(join(catalog, 'servers'));

  test('over stdio: the real memory server from npm', async () => {
    const def = await importFromStdio({ command: [process.execPath, MEMORY_SERVER], env: { MEMORY_FILE_PATH: join(catalog, 'memory.jsonl') } });
    expect(def.origin).toEqual({ kind: 'stdio', command: [process.execPath, MEMORY_SERVER], env: { MEMORY_FILE_PATH: 'placeholder' } });
    const result = importServer(def, { catalogDir: catalog, id: 'memory', given: { package: 'npm:@modelcontextprotocol/server-memory', description: 'Knowledge-graph memory.' } });
    expect(result.server.name).toBe('memory-server');
    expect(result.server.tools.map((t) => t.name)).toEqual(expect.arrayContaining(['create_entities', 'delete_entities', 'read_graph', 'search_nodes']));
    expect(result.report.added.find((a) => a.name === 'delete_entities')).toMatchObject({ category: 'Destructive', dangerous: true });
    // The file records variable names only, never the value used for the run.
    expect(readFileSync(result.file, 'utf8')).not.toContain(catalog);
  });

  test('over streamable HTTP on 127.0.0.1, following nextCursor across pages', async () => {
    const def = await importFromHttp(url);
    expect(def.tools.map((t) => (t as { name: string }).name)).toEqual(['list_orders', 'refund_order', 'delete_order', 'head']);
    const result = importServer(def, { catalogDir: catalog, id: 'shop', given: { package: 'npm:shop-server', description: 'A shop.' } });
    expect(result.server.transports).toEqual(['streamable-http']);
    expect(result.server.origin).toEqual({ kind: 'streamable-http', url });
    expect(result.report.added.map((a) => [a.name, a.category])).toEqual([
      ['list_orders', 'Read'],
      ['refund_order', 'Financial'],
      ['delete_order', 'Destructive'],
      ['head', 'Read'],
    ]);
  });

  test('the written files pass npm run check and build', async () => {
    const check = await runCheck(catalog);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/\(2 servers, \d+ tools read\): 0 errors, 0 warnings/);
    const build = await buildCatalog(catalog);
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.ok).toBe(true);
    const page = readFileSync(join(build.outDir, 'servers', 'shop', 'refund-order', 'index.html'), 'utf8');
    expect(page).toContain('Financial');
  }, 300_000);

  test('a server that never answers times out, and its process is ended', async () => {
    const pidFile = join(catalog, 'silent.pid');
    const silent = resolve(ROOT, 'test/fixtures/servers/silent.mjs');
    await expect(importFromStdio({ command: [process.execPath, silent, pidFile], timeoutMs: 1000 })).rejects.toThrow(ImportError);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(alive()).toBe(false);
  }, 30_000);

  test('a URL with nothing behind it is a clear error', async () => {
    await expect(importFromHttp('http://127.0.0.1:9/mcp', 2000)).rejects.toThrow(/Could not list the tools of http:\/\/127\.0\.0\.1:9\/mcp/);
  });
});
