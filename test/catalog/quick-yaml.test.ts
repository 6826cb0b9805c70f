import { describe, expect, test } from 'vitest';
import { Schema } from 'yaml';
import { mayBeCoreValue, quickData, quickSource } from '../../src/catalog/quick-yaml.ts';
import { parseYaml, toData } from '../../src/catalog/source.ts';
import { serverToYaml } from '../../src/catalog/write.ts';
import { synthCatalog } from '../../src/synth/synth.ts';

const careful = (text: string) => {
  const data = toData(parseYaml(text).source);
  if (!('data' in data)) throw new Error('careful path failed');
  return data.data;
};

describe('quickData', () => {
  test('reads plain scalars exactly as the yaml package does (YAML 1.2 core)', () => {
    const scalars = ['1', '-5', '+12', '012', '0o17', '0x1F', '1_000', '0b101', '1.5', '.5', '1e3', '-1.2E-3', '.inf', '-.Inf', '.nan', '~', 'null', 'Null', 'NULL', '', 'true', 'True', 'FALSE', 'yes', 'no', 'on', '2024-01-10', '12:30:00', '1.0.0', "'quoted 1'", '"2"'];
    const text = scalars.map((s, i) => `k${i}: ${s}`).join('\n');
    expect(quickData(text)?.data).toEqual(careful(text));
  });

  test('the first-character screen for core values never turns away one the core tags read', () => {
    const core = new Schema({ schema: 'core' }).tags.filter((t) => 'test' in t && t.test instanceof RegExp) as Array<{ test: RegExp }>;
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    const endings = ['', '1', '0', '.5', 'e3', 'x1F', 'o17', 'inf', 'nan', 'Inf', 'NaN', 'ull', 'ULL', 'rue', 'RUE', 'alse', 'ALSE', '.inf', '1.0', '_1'];
    let screenedOut = 0;
    for (const first of ['', ...ascii]) {
      for (const rest of endings) {
        const text = first + rest;
        if (mayBeCoreValue(text)) continue;
        screenedOut++;
        expect(core.filter((t) => t.test.test(text)).map(String)).toEqual([]);
      }
    }
    expect(screenedOut).toBeGreaterThan(1000);
  });

  test('reads block scalars, flow collections and nesting as the yaml package does', () => {
    const text = 'a: |\n  line one\n\n  line two\nb: >-\n  folded\n  text\nc: [1, "two", {d: null}]\nd:\n  - e: 1\n    f: [true]\n';
    expect(quickData(text)?.data).toEqual(careful(text));
  });

  test('gives the same data as the careful path on synthetic catalog files', () => {
    for (const server of synthCatalog({ servers: 5, tools: 300, seed: 11 })) {
      const text = serverToYaml(server);
      expect(quickData(text)?.data).toEqual(careful(text));
    }
  });

  test('leaves anything unusual to the careful path', () => {
    expect(quickData('a: 1\na: 2\n')).toBeUndefined(); // duplicate key
    expect(quickData('a: [1, 2\n')).toBeUndefined(); // parse error
    expect(quickData('a: !custom x\n')).toBeUndefined(); // unknown tag
    expect(quickData('a: &x [1, 2]\nb: *x\n')).toBeUndefined(); // an alias sharing a collection
    expect(quickData('a: 1\n---\nb: 2\n')).toBeUndefined(); // two documents
    expect(quickData('a: &x {b: 1}\nc: [*x]\n')).toBeUndefined(); // an alias inside a flow sequence
    expect(quickData('a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n')).toBeUndefined(); // the start of an alias bomb
    expect(quickData('a: &x 1\nb: *x\n')?.data).toEqual({ a: 1, b: 1 }); // an alias to a scalar is fine
  });
});

test('quickSource without positions reads only when asked, and then locates like the careful source', () => {
  const text = 'id: x\ntools:\n  - name: a\n  - name: b\n';
  let reads = 0;
  const lazy = quickSource(undefined, () => (reads++, text));
  expect(reads).toBe(0);
  expect(lazy.locate(['tools', 1, 'name'])).toEqual(parseYaml(text).source.locate(['tools', 1, 'name']));
  expect(lazy.locate(['tools', 1, 'name'])).toEqual({ line: 4, column: 11 });
  expect(reads).toBe(1);
});
