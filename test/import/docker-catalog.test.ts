import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ImportError } from '../../src/import/definition.ts';
import { argumentsToInputSchema, importFromDockerCatalog } from '../../src/import/sources/docker-catalog.ts';
import { toolsFrom } from '../../src/import/tools.ts';

const SAMPLES = 'test/fixtures/samples/docker-mcp-registry';

describe('Docker catalog arguments → inputSchema', () => {
  test('types, descriptions, items and optional flags carry over', () => {
    const schema = argumentsToInputSchema(
      [
        { name: 'branch', type: 'string', desc: 'The branch to build' },
        { name: 'environment', type: 'array', items: { type: 'object' }, desc: 'Variables', optional: true },
        { name: 'count', type: 'integer', optional: false },
      ],
      'create_build',
    );
    expect(schema).toEqual({
      type: 'object',
      properties: {
        branch: { type: 'string', description: 'The branch to build' },
        environment: { type: 'array', items: { type: 'object' }, description: 'Variables' },
        count: { type: 'integer' },
      },
      required: ['branch', 'count'],
    });
  });

  test('an empty list is a tool without arguments', () => {
    expect(argumentsToInputSchema([], 'retrieve_balance')).toEqual({ type: 'object', properties: {} });
  });

  test('an argument without a name is an error naming the tool', () => {
    expect(() => argumentsToInputSchema([{ type: 'string' }], 'bad_tool')).toThrow(/bad_tool.*arguments\[0\] has no name/);
  });
});

describe('importFromDockerCatalog on real entries', () => {
  test('buildkite: arguments become schemas, annotations are kept, server fields filled', () => {
    const def = importFromDockerCatalog(join(SAMPLES, 'buildkite'));
    expect(def.server).toEqual({
      name: 'Buildkite',
      description: 'Buildkite MCP lets agents interact with Buildkite Builds, Jobs, Logs, Packages and Test Suites',
      source: 'https://github.com/buildkite/buildkite-mcp-server',
      package: 'docker:mcp/buildkite',
      transports: ['stdio'],
      tags: ['devops'],
    });
    expect(def.origin).toEqual({ kind: 'docker-catalog', path: `${SAMPLES}/buildkite` });
    const { tools } = toolsFrom(def.tools);
    expect(tools).toHaveLength(24);
    const build = tools.find((t) => t.name === 'create_build')!;
    expect(build.inputSchema.required).toEqual(['branch', 'commit', 'message', 'org_slug', 'pipeline_slug']);
    expect(build.inputSchema.properties?.environment).toEqual({ type: 'array', items: { type: 'object' }, description: 'Environment variables to set for the build' });
    expect(build.annotations).toEqual({ title: 'Create Build' });
    // A tool listed without arguments takes none.
    expect(tools.find((t) => t.name === 'access_token')!.inputSchema).toEqual({ type: 'object', properties: {} });
  });

  test('okta: MCP-native inputSchema objects are taken as they are', () => {
    const def = importFromDockerCatalog(join(SAMPLES, 'okta-mcp-server'));
    const raw = (def.tools as Array<{ name: string; inputSchema: unknown }>).find((t) => t.name === 'get_application')!;
    expect(raw.inputSchema).toEqual({
      type: 'object',
      properties: {
        app_id: { type: 'string', description: 'The ID of the application to retrieve' },
        expand: { type: 'string', description: "Expands the app user object to include the user's profile or expand the app group object" },
      },
      required: ['app_id'],
    });
    expect(def.server.name).toBe('Okta');
    expect(def.server.tags).toContain('identity');
    expect(def.server.tags![0]).toBe('ai');
    expect(toolsFrom(def.tools).tools).toHaveLength(108);
  });

  test('stripe-remote: a remote entry records its URL and transport', () => {
    const def = importFromDockerCatalog(join(SAMPLES, 'stripe-remote'));
    expect(def.server.package).toBe('remote:https://mcp.stripe.com');
    expect(def.server.transports).toEqual(['streamable-http']);
    expect(def.server.source).toBeUndefined();
    expect(toolsFrom(def.tools).tools.map((t) => t.name)).toContain('create_refund');
  });

  test('a folder without tools.json is a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docker-entry-'));
    writeFileSync(join(dir, 'server.yaml'), 'name: x\n');
    expect(() => importFromDockerCatalog(dir)).toThrow(ImportError);
    expect(() => importFromDockerCatalog(dir)).toThrow(/tools\.json/);
  });
});
