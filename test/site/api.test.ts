import { describe, expect, test } from 'vitest';
import { descriptionParts, fieldRows, typeText } from '../../src/site/api-docs.ts';
import { apiCatalogShape, apiServerShape, apiToolPoliciesShape, shapeOfPath } from '../../src/site/api-shapes.ts';
import { catalogDocument, serverDocument } from '../../src/site/api.ts';
import { mcpDefinition } from '../../src/site/definition.ts';
import { absoluteUrl } from '../../src/site/links.ts';
import { buildSite } from '../../src/site/model.ts';
import { fixtureSite } from '../helpers/site.ts';

const site = fixtureSite('test/fixtures/opendata');

describe('JSON documents', () => {
  test('the catalog document has every server and tool, and fits its shape exactly', () => {
    const doc = JSON.parse(JSON.stringify(catalogDocument(site)));
    expect(apiCatalogShape.parse(doc)).toEqual(doc);
    expect(doc.counts.tools).toBe(site.tools.length);
    expect(doc.servers.flatMap((s: any) => s.tools.map((t: any) => t.url))).toEqual(site.servers.flatMap((s) => s.tools.map((t) => absoluteUrl(t.url))));
    expect(doc.updated).toBe('2026-06-01');
    expect(apiCatalogShape.parse(JSON.parse(JSON.stringify(catalogDocument(buildSite([])))))).toMatchObject({ updated: null, servers: [] });
  });

  test('a server document carries each tool\'s definition as the server lists it', () => {
    for (const entry of site.servers) {
      const doc = JSON.parse(JSON.stringify(serverDocument(entry)));
      expect(apiServerShape.parse(doc)).toEqual(doc);
      expect(doc.tools.map((t: any) => t.definition)).toEqual(entry.tools.map((t) => mcpDefinition(t.tool)));
      expect(doc.tools.every((t: any) => !('classification' in t.definition))).toBe(true);
    }
  });

  test('shapes reject what they do not declare', () => {
    const doc = JSON.parse(JSON.stringify(catalogDocument(site)));
    expect(apiCatalogShape.safeParse({ ...doc, extra: 1 }).success).toBe(false);
    doc.servers[0].tools[0].classification.risk = 'Severe';
    expect(apiCatalogShape.safeParse(doc).success).toBe(false);
  });

  test('every output path has a shape', () => {
    expect(shapeOfPath('/api/catalog.json')).toBe(apiCatalogShape);
    expect(shapeOfPath('/api/servers/alpha-tools.json')).toBe(apiServerShape);
    expect(shapeOfPath('/api/tools/alpha-tools/echo-script.json')).toBe(apiToolPoliciesShape);
    expect(shapeOfPath('/api/other.json')).toBeUndefined();
  });
});

describe('API documentation', () => {
  test('field rows come from the shapes, nested paths included', () => {
    const rows = fieldRows(apiCatalogShape);
    const byPath = new Map(rows.map((r) => [r.path, r]));
    expect(byPath.get('servers[].tools[].classification.risk')).toMatchObject({ type: '"Low" | "Medium" | "High" | "Critical"', required: true });
    expect(byPath.get('servers[].source')).toMatchObject({ type: 'URL', required: false, description: 'The source repository.' });
    expect(byPath.get('updated')?.type).toBe('date (YYYY-MM-DD) | null');
    const policies = fieldRows(apiToolPoliciesShape).filter((r) => r.path.startsWith('policies.'));
    expect(policies.find((r) => r.path === 'policies.intercept.approval')).toMatchObject({ type: 'string | null', required: true });
    expect(typeText({ type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: ['string', 'null'] } } })).toBe('map of map of string | null');
    // A tool's JSON Schemas are data, not fields: one row, no rows below.
    expect(fieldRows(apiServerShape).filter((r) => r.path.startsWith('tools[].definition.inputSchema'))).toHaveLength(1);
    for (const shape of [apiCatalogShape, apiServerShape, apiToolPoliciesShape]) {
      expect(fieldRows(shape).filter((r) => r.description === '').map((r) => r.path)).toEqual([]);
    }
  });

  test('types read as words', () => {
    expect(typeText({ type: 'array', items: { type: 'string' } })).toBe('list of string');
    expect(typeText({ const: 1 })).toBe('1');
    expect(typeText({ type: ['string', 'null'] })).toBe('string | null');
  });
});

describe('descriptionParts', () => {
  test('code spans written in backticks become code parts', () => {
    expect(descriptionParts('The latest `updated` date; the root is `type: object`.')).toEqual([
      { text: 'The latest ', code: false },
      { text: 'updated', code: true },
      { text: ' date; the root is ', code: false },
      { text: 'type: object', code: true },
      { text: '.', code: false },
    ]);
  });

  test('text without a pair of backticks stays one plain part', () => {
    expect(descriptionParts('Servers in the catalog.')).toEqual([{ text: 'Servers in the catalog.', code: false }]);
    expect(descriptionParts('a ` alone')).toEqual([{ text: 'a ` alone', code: false }]);
    expect(descriptionParts('')).toEqual([]);
  });
});
