import { z } from 'zod';
import { LIMITS } from '../limits.ts';

/** Nesting depth of a JSON value: a scalar is 0, `{}` and `[]` are 1. */
export function jsonDepth(value: unknown, limit = Infinity): number {
  // Iterative so that a hostile, deeply nested value cannot overflow the stack; two stacks
  // of plain values, and only collections pushed, so that a large catalog makes little garbage.
  if (value === null || typeof value !== 'object') return 0;
  let max = 0;
  const nodes: object[] = [value];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return max;
}

const withinDepth = (value: unknown) => jsonDepth(value, LIMITS.schemaDepth) <= LIMITS.schemaDepth;
const depthMessage = `nested deeper than ${LIMITS.schemaDepth} levels (the limit)`;

/** Any JSON Schema below the root: an object of keywords, or true/false. */
const subschema = z.union([z.boolean(), z.record(z.string(), z.unknown())]);

/**
 * A tool's input or output schema. JSON Schema is open-ended, so only what pages and
 * policies rely on is checked: the root is an object schema with named properties.
 */
export const objectSchemaSchema = z
  .looseObject({
    type: z.literal('object'),
    properties: z
      .record(z.string(), subschema)
      .refine((p) => Object.keys(p).length <= LIMITS.schemaProperties, {
        message: `more than ${LIMITS.schemaProperties} properties (the limit)`,
      })
      .optional(),
    required: z.array(z.string()).optional(),
  })
  .refine(withinDepth, { message: depthMessage });
export type ObjectSchema = z.infer<typeof objectSchemaSchema>;
