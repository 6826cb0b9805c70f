import type { ObjectSchema } from './schema/json-schema.ts';
import { trimLineEnds } from './words.ts';

/** One row of a tool's parameter table. */
export interface Parameter {
  /** Dotted path for nested fields: `options.timeout`, `items[].name`. */
  name: string;
  /** Nesting level, 0 for top-level arguments. */
  depth: number;
  type: string;
  required: boolean;
  description?: string;
  /** The first allowed values, as many as a table cell can show. */
  enum?: string[];
  /** How many allowed values `enum` leaves out. */
  enumMore?: number;
  default?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rows shown at most, so a 200-parameter schema cannot make a page unbounded. */
export const MAX_PARAMETER_ROWS = 300;
const MAX_DEPTH = 6;
/** Allowed values listed per parameter; a schema may list tens of thousands. */
export const MAX_ENUM_SHOWN = 50;

/** A JSON Schema's type in words: `string`, `string | null`, `array of object`, `$ref #/defs/x`. */
export function typeOf(schema: unknown): string {
  if (schema === true) return 'any';
  if (schema === false) return 'never';
  if (!isObject(schema)) return 'any';
  if (typeof schema.$ref === 'string') return `$ref ${schema.$ref}`;
  if ('const' in schema) return `const ${JSON.stringify(schema.const)}`;
  const t = schema.type;
  if (Array.isArray(t)) return t.map(String).join(' | ');
  if (t === 'array') return schema.items === undefined ? 'array' : `array of ${typeOf(schema.items)}`;
  if (typeof t === 'string') return t;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) return options.map(typeOf).join(key === 'allOf' ? ' & ' : ' | ');
  }
  if (Array.isArray(schema.enum)) return 'enum';
  if (isObject(schema.properties)) return 'object';
  return 'any';
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));

/** Flattens an input schema into table rows, nested objects and arrays of objects included. */
export function parametersOf(schema: ObjectSchema): Parameter[] {
  const rows: Parameter[] = [];
  const walk = (node: Json, prefix: string, depth: number): void => {
    const props = isObject(node.properties) ? node.properties : {};
    const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
    for (const [key, value] of Object.entries(props)) {
      if (rows.length >= MAX_PARAMETER_ROWS) return;
      const name = prefix ? `${prefix}.${key}` : key;
      const s = isObject(value) ? value : {};
      const enumValues = Array.isArray(s.enum) ? s.enum.slice(0, MAX_ENUM_SHOWN).map(show) : undefined;
      const enumMore = Array.isArray(s.enum) ? s.enum.length - MAX_ENUM_SHOWN : 0;
      rows.push({
        name,
        depth,
        type: typeOf(value),
        required: required.has(key),
        // Trailing spaces at line ends show nothing and trip markup checkers (mapbox sends them).
        ...(typeof s.description === 'string' && s.description ? { description: trimLineEnds(s.description) } : {}),
        ...(enumValues ? { enum: enumValues } : {}),
        ...(enumMore > 0 ? { enumMore } : {}),
        ...('default' in s ? { default: show(s.default) } : {}),
      });
      if (depth + 1 >= MAX_DEPTH) continue;
      if (isObject(s.properties)) walk(s, name, depth + 1);
      else if (isObject(s.items) && isObject(s.items.properties)) walk(s.items, `${name}[]`, depth + 1);
    }
  };
  walk(schema, '', 0);
  return rows;
}

/** Top-level argument counts, as the page header shows them. */
export function countParameters(schema: ObjectSchema): { total: number; required: number } {
  const total = Object.keys(schema.properties ?? {}).length;
  const required = (schema.required ?? []).filter((r) => r in (schema.properties ?? {})).length;
  return { total, required };
}
