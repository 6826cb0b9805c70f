import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
// ajv comes with html-validate; it is the validator editors' YAML tooling builds on.
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { catalogServerJsonSchema, catalogServerJsonSchemaText, SCHEMA_FILE } from '../../src/catalog/json-schema-file.ts';
import { serverSchema } from '../../src/catalog/schema/server.ts';
import { SCHEMA_COMMENT } from '../../src/catalog/write.ts';
import { ROOT } from '../helpers/build.ts';

const serversDir = join(ROOT, 'catalog/servers');
const shipped = readdirSync(serversDir).filter((n) => n.endsWith('.yaml'));
const validator = () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(catalogServerJsonSchema());
};

describe('the editor JSON Schema', () => {
  test('the committed copy is what `npm run schema` writes today', () => {
    expect(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8'), 'run `npm run schema` and commit the result').toBe(catalogServerJsonSchemaText());
  });

  test('accepts every shipped catalog file', () => {
    const validate = validator();
    expect(shipped.length).toBeGreaterThan(0);
    for (const name of shipped) {
      const ok = validate(parse(readFileSync(join(serversDir, name), 'utf8')));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  test('rejects what the check rejects in its shape: unknown fields, bad categories, missing inputSchema', () => {
    const validate = validator();
    const good = parse(readFileSync(join(serversDir, shipped[0]!), 'utf8'));
    const cases: Array<[string, (s: any) => void, string]> = [
      ['unknown field', (s) => (s.colour = 'blue'), 'additionalProperties'],
      ['bad category', (s) => (s.tools[0].classification = { category: 'Writes', rationale: 'x' }), 'enum'],
      ['no inputSchema', (s) => delete s.tools[0].inputSchema, 'required'],
      ['javascript: link', (s) => (s.source = 'javascript:alert(1)'), 'pattern'],
      ['bad date', (s) => (s.updated = '2026-13-01'), 'format'],
    ];
    for (const [what, mutate, keyword] of cases) {
      const copy = structuredClone(good);
      mutate(copy);
      expect(validate(copy), what).toBe(false);
      expect(validate.errors!.map((e) => e.keyword), what).toContain(keyword);
    }
  });

  test('every shipped file points its editor at the schema', () => {
    for (const name of shipped) {
      const first = readFileSync(join(serversDir, name), 'utf8').split('\n')[0]!;
      expect(first, name).toBe(SCHEMA_COMMENT);
      const target = first.replace(/^# yaml-language-server: \$schema=/, '');
      expect(resolve(dirname(join(serversDir, name)), target)).toBe(join(ROOT, SCHEMA_FILE));
    }
  });
});

test('the hand-written example in CONTRIBUTING.md is a valid catalog file', () => {
  const doc = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const example = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(doc)?.[1];
  expect(example).toBeDefined();
  expect(example!.split('\n')[0]).toBe(SCHEMA_COMMENT);
  const data = parse(example!);
  expect(serverSchema.safeParse(data).error?.issues ?? []).toEqual([]);
  expect(validator()(data)).toBe(true);
});
