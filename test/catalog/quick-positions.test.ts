import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quickData, quickSource } from '../../src/catalog/quick-yaml.ts';
import { parseYaml, toData } from '../../src/catalog/source.ts';
import { serverToYaml } from '../../src/catalog/write.ts';
import { synthCatalog } from '../../src/synth/synth.ts';

/** The positions the fast read of `text` gives, if any. */
const quickPositions = (text: string) => quickData(text)?.positions;

/** Every path to a value in `data`, the root included. */
function pathsOf(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  const out = [path];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

/** Paths that exist, and near misses that make both locators fall back to a parent. */
function probesOf(data: unknown): PropertyKey[][] {
  const probes: PropertyKey[][] = [];
  for (const path of pathsOf(data)) {
    probes.push(path, [...path, 'missing']);
    const last = path[path.length - 1];
    if (typeof last === 'number') probes.push([...path.slice(0, -1), String(last)], [...path.slice(0, -1), 999]);
  }
  return probes;
}

/** Compares the quick locator with the careful one on every probe, keys and values. */
function compare(text: string): { mismatches: string[]; answered: number; unsure: number } {
  const careful = parseYaml(text).source;
  const read = toData(careful);
  if (!('data' in read)) throw new Error('the careful parser cannot read this text');
  const quick = quickPositions(text);
  if (!quick) return { mismatches: [], answered: 0, unsure: -1 };
  const mismatches: string[] = [];
  let answered = 0;
  let unsure = 0;
  for (const path of probesOf(read.data)) {
    for (const atKey of [false, true]) {
      const got = quick.locate(path, atKey);
      if (!got) {
        unsure++;
        continue;
      }
      answered++;
      const want = careful.locate(path, atKey);
      if (got.line !== want.line || got.column !== want.column) {
        mismatches.push(`${JSON.stringify(path)}${atKey ? ' (key)' : ''}: quick ${got.line}:${got.column}, careful ${want.line}:${want.column}`);
      }
    }
  }
  return { mismatches, answered, unsure };
}

/** Compares, and expects the quick locator to answer every probe itself. */
function expectSame(text: string): void {
  const { mismatches, answered, unsure } = compare(text);
  expect(mismatches).toEqual([]);
  expect(unsure).toBe(0);
  expect(answered).toBeGreaterThan(0);
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => join(dir, n));

describe('quickPositions gives the careful parser’s positions', () => {
  test('on every path of the shipped catalog', () => {
    const files = yamlFiles('catalog/servers');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expectSame(readFileSync(file, 'utf8'));
  });

  test('on every path of the test fixtures that read the fast way', () => {
    let compared = 0;
    for (const file of yamlFiles('test/fixtures')) {
      const text = readFileSync(file, 'utf8');
      if (!quickData(text)) continue;
      expectSame(text);
      compared++;
    }
    expect(compared).toBeGreaterThan(15);
  });

  test('on synthetic catalog files', () => {
    for (const server of synthCatalog({ servers: 3, tools: 60, seed: 5 })) expectSame(serverToYaml(server));
  });

  test.each([
    ['keys and values, quoted keys', 'id: x\n"quoted": 1\n\'single\': 2\nplain key: three\n'],
    ['keys that read as numbers, booleans or null', '1: a\n"2": b\ntrue: c\nnull: d\n0x1F: e\n1.5: f\n'],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\nc: |+\n\n  kept\n\nd: 1\n'],
    ['flow collections', 'a: [1, "two", {b: null, c: [x, y]}]\nd: {e: 1, f: {g: [h]}}\ne: []\nf: {}\n'],
    ['flow collections over several lines', 'a: [\n  1,\n  {b: 2,\n   c: 3},\n]\nd: { e: "x" ,\n  f: y }\n'],
    ['empty values', 'a:\nb:   # a comment\nc: \nd:\t\ne:\n  f:\ng: {h:}\n'],
    ['comments everywhere', '# head\n\nid: x # trailing\n# between\ntools:\n  # before an item\n  - name: a # after\n    # inside\n    inputSchema:\n      # deep\n      type: object\n'],
    ['values on the next line', 'a:\n  b\nc:\n  - d\nd:\n  "e"\nf:\n  |\n  g\n'],
    ['nested arrays and compact items', 'tools:\n  - name: a\n    inputSchema:\n      properties:\n        x: {type: string}\n        "y z":\n          type: array\n          items: [1, [2, 3]]\n  - - nested\n    - seq\n  -   spaced: 1\n      more: 2\n'],
    ['multi-line plain and quoted scalars', 'a: one\n  two\nb: "three\n  four"\nc: \'five\n\n  six\'\nd: 1\n'],
    ['a document start and directives', '%YAML 1.2\n---\nid: x\ntools: [a]\n'],
    ['a document start with a comment', '--- # c\nid: x\n...\n'],
    ['CRLF line ends', 'id: x\r\ntools:\r\n  - name: a\r\n    x:\r\n    y: [1,\r\n     2]\r\n'],
    ['no final line break', 'id: x\ntools:\n  - a'],
    ['unusual spacing', 'a   :    1\nb:\n    - x\n    -    y\nc :\n  d:    {  e  :  f  }\n'],
    ['strings that contain YAML indicators', 'a: b & c\nd: e * f\ng: h ! i\nk: "# not a comment"\nl: x#y\nm: \'&anchor\'\n'],
  ])('on %s', (_, text) => expectSame(text));

  test.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\nc: &m\n  d: 1\ne: [&y 2, *y]\n'],
    ['tags', 'a: !!str 1\n!!str 2: b\nc: !!map\n  d: 1\ne:\n  - !!str\n'],
    ['explicit keys', '? a\n: 1\n? b\nc: 2\n'],
    ['pairs inside flow sequences', 'a: [b: 1, c]\n'],
    ['empty sequence items', 'a:\n  -\n  - b\n  - # c\n'],
    ['empty flow values', 'a: {b: , c}\nd: [ ]\n'],
    ['an anchored key', '&k a: 1\nb: 2\n'],
    ['a byte-order mark', '\uFEFFid: x\ntools: [a]\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
  ])('or leaves the answer to the careful parser, on %s', (_, text) => {
    expect(compare(text).mismatches).toEqual([]);
  });

  test('leaves a node it cannot place to the careful parser, and still answers the rest', () => {
    const quick = quickPositions('a: &x 1\nb: *x\nc: 3\n')!;
    expect(quick.locate(['a'])).toBeUndefined();
    expect(quick.locate(['b'])).toBeUndefined();
    expect(quick.locate(['c'])).toEqual({ line: 3, column: 4 });
    expect(quick.locate(['a'], true)).toEqual({ line: 1, column: 1 });
  });
});

test('quickSource places findings without reading the file, and after release reads it once more', () => {
  const text = 'id: x\ntools:\n  - name: a\n  - name: b\n';
  let reads = 0;
  const source = quickSource(quickPositions(text), () => (reads++, text));
  expect(source.locate(['tools', 1, 'name'])).toEqual({ line: 4, column: 11 });
  expect(reads).toBe(0);
  source.release!();
  expect(source.locate(['tools', 1, 'name'], true)).toEqual({ line: 4, column: 5 });
  expect(source.locate(['id'])).toEqual({ line: 1, column: 5 });
  expect(reads).toBe(1);
});

test('quickSource asks the careful parser only where the fast read is unsure', () => {
  const text = 'a: &x 1\nb: *x\nc: 3\n';
  let reads = 0;
  const source = quickSource(quickPositions(text), () => (reads++, text));
  expect(source.locate(['c'])).toEqual({ line: 3, column: 4 });
  expect(reads).toBe(0);
  expect(source.locate(['b'])).toEqual(parseYaml(text).source.locate(['b']));
  expect(source.locate(['b'])).toEqual({ line: 2, column: 4 });
  expect(reads).toBe(1);
});
