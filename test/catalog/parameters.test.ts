import { describe, expect, test } from 'vitest';
import { countParameters, parametersOf, typeOf } from '../../src/catalog/parameters.ts';

describe('parametersOf', () => {
  test('flattens nested objects and arrays of objects, with required, enum and default', () => {
    const rows = parametersOf({
      type: 'object',
      properties: {
        path: { type: 'string', description: 'Where' },
        options: {
          type: 'object',
          properties: { mode: { type: 'string', enum: ['a', 'b'], default: 'a' } },
          required: ['mode'],
        },
        edits: { type: 'array', items: { type: 'object', properties: { oldText: { type: 'string' } } } },
      },
      required: ['path'],
    });
    expect(rows).toEqual([
      { name: 'path', depth: 0, type: 'string', required: true, description: 'Where' },
      { name: 'options', depth: 0, type: 'object', required: false },
      { name: 'options.mode', depth: 1, type: 'string', required: true, enum: ['a', 'b'], default: 'a' },
      { name: 'edits', depth: 0, type: 'array of object', required: false },
      { name: 'edits[].oldText', depth: 1, type: 'string', required: false },
    ]);
  });

  test('a recursive or very deep schema stays bounded', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 40; i++) deep = { type: 'object', properties: { n: deep } };
    const rows = parametersOf(deep as { type: 'object' });
    expect(rows.length).toBeLessThan(10);
  });
});

describe('typeOf', () => {
  test.each([
    [{ type: ['string', 'null'] }, 'string | null'],
    [{ anyOf: [{ type: 'string' }, { type: 'number' }] }, 'string | number'],
    [{ $ref: '#/$defs/node' }, '$ref #/$defs/node'],
    [{ type: 'array', items: { type: 'string' } }, 'array of string'],
    [{ const: 'x' }, 'const "x"'],
    [true, 'any'],
    [{}, 'any'],
  ])('%j → %s', (schema, text) => {
    expect(typeOf(schema)).toBe(text);
  });
});

test('countParameters counts top-level arguments and the required ones that exist', () => {
  expect(countParameters({ type: 'object' })).toEqual({ total: 0, required: 0 });
  expect(countParameters({ type: 'object', properties: { a: {}, b: {} }, required: ['a', 'ghost'] })).toEqual({ total: 2, required: 1 });
});

test('trailing spaces at line ends of a parameter description are dropped (mapbox sends them)', () => {
  const rows = parametersOf({ type: 'object', properties: { profile: { type: 'string', description: 'Options: \n- driving \n- walking' } } });
  expect(rows[0]!.description).toBe('Options:\n- driving\n- walking');
});
