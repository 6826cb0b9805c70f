import type { ObjectSchema } from '../catalog/schema/json-schema.ts';
import type { Random } from './random.ts';
import { sentence } from './text.ts';

type Json = Record<string, unknown>;

const PROPERTY_NAMES = [
  'id', 'path', 'query', 'limit', 'cursor', 'owner', 'repo', 'branch', 'message', 'title', 'body', 'labels',
  'assignee', 'state', 'sort', 'order', 'page', 'per_page', 'since', 'until', 'timeout', 'region', 'tags',
  'filter', 'fields', 'format', 'recursive', 'dry_run', 'force', 'amount', 'currency', 'email', 'url',
  'headers', 'options', 'metadata', 'config', 'content', 'encoding', 'mode', 'userId', 'projectKey', 'maxResults',
];

export const PROPERTY_KINDS = ['string', 'integer', 'number', 'boolean', 'enum', 'stringArray', 'objectArray', 'object', 'anyOf', 'typeArray'] as const;
export type PropertyKind = (typeof PROPERTY_KINDS)[number];

/** How many top-level parameters: none for a few tools, a handful for most, up to 36 for some. */
export function parameterCount(rnd: Random): number {
  const x = rnd.next();
  if (x < 0.08) return 0;
  if (x < 0.68) return rnd.int(1, 5);
  if (x < 0.93) return rnd.int(6, 15);
  return rnd.int(16, 36);
}

function property(rnd: Random, kind: PropertyKind, depth: number): Json {
  const described = (schema: Json): Json => (rnd.chance(0.8) ? { ...schema, description: sentence(rnd, 3, 12) } : schema);
  switch (kind) {
    case 'string':
      return described(rnd.chance(0.2) ? { type: 'string', default: 'main' } : { type: 'string' });
    case 'integer':
      return described({ type: 'integer', minimum: 1, maximum: rnd.pick([100, 1000, 65535]), ...(rnd.chance(0.3) ? { default: 30 } : {}) });
    case 'number':
      return described({ type: 'number' });
    case 'boolean':
      return described({ type: 'boolean', ...(rnd.chance(0.4) ? { default: false } : {}) });
    case 'enum':
      return described({ type: 'string', enum: rnd.pick([['asc', 'desc'], ['open', 'closed', 'all'], ['json', 'yaml', 'csv', 'xml']]) });
    case 'stringArray':
      return described({ type: 'array', items: { type: 'string' } });
    case 'objectArray':
      return described({ type: 'array', items: objectOf(rnd, rnd.int(1, 4), depth + 1) });
    case 'object':
      return described(objectOf(rnd, rnd.int(1, 5), depth + 1));
    case 'anyOf':
      return described({ anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }].slice(0, rnd.int(2, 3)) });
    case 'typeArray':
      return described({ type: rnd.pick([['string', 'null'], ['integer', 'string'], ['number', 'null']]) });
  }
}

function objectOf(rnd: Random, count: number, depth: number): Json & { type: 'object' } {
  const properties: Record<string, Json> = {};
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    let name = rnd.pick(PROPERTY_NAMES);
    if (names.has(name)) name = `${name}_${i}`;
    names.add(name);
    // Nesting stops at depth 3, as in real schemas; deeper levels only use scalars.
    const kind = depth >= 3 ? rnd.pick(PROPERTY_KINDS.slice(0, 5)) : rnd.pick(PROPERTY_KINDS);
    properties[name] = property(rnd, kind, depth);
  }
  const required = [...names].filter(() => rnd.chance(0.3));
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

/** A tool's inputSchema with `count` top-level parameters of every kind real servers use. */
export function inputSchema(rnd: Random, count: number): ObjectSchema {
  return count === 0 ? { type: 'object', properties: {} } : (objectOf(rnd, count, 0) as ObjectSchema);
}
