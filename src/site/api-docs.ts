import { z } from 'zod';

/** One documented field of a JSON output: `servers[].tools[].classification.risk`. */
export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** A piece of a field's description: plain text, or a code span that was written in backticks. */
export interface DescriptionPart {
  text: string;
  code: boolean;
}

/**
 * Splits a description written with Markdown code spans (`updated`, `type: object`) into parts,
 * so that the page shows code as code instead of backticks. Unpaired backticks stay text.
 */
export function descriptionParts(description: string): DescriptionPart[] {
  const pieces = description.split('`');
  if (pieces.length % 2 === 0) return description ? [{ text: description, code: false }] : [];
  return pieces.map((text, i) => ({ text, code: i % 2 === 1 })).filter((p) => p.text !== '');
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON Schema type in words, as the API page shows it. */
export function typeText(node: unknown): string {
  if (!isNode(node)) return 'any';
  if (Array.isArray(node.enum)) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in node) return JSON.stringify(node.const);
  if (Array.isArray(node.anyOf)) return node.anyOf.map(typeText).join(' | ');
  if (Array.isArray(node.type)) return node.type.map((t) => typeText({ ...node, type: t })).join(' | ');
  switch (node.type) {
    case 'string':
      return node.format === 'uri' ? 'URL' : node.format === 'date' ? 'date (YYYY-MM-DD)' : 'string';
    case 'array':
      return `list of ${typeText(node.items)}`;
    case 'object':
      return isNode(node.additionalProperties) && Object.keys(node.additionalProperties).length > 0 && !isNode(node.properties)
        ? `map of ${typeText(node.additionalProperties)}`
        : 'object';
    case undefined:
      return 'any';
    default:
      return String(node.type);
  }
}

/**
 * The fields of a shape, depth first, generated from the zod schema so the API page cannot
 * drift from what the endpoints emit. Open-ended objects (a tool's JSON Schemas, records)
 * are one row: their keys are data, not fields.
 */
export function fieldRows(shape: z.ZodType): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (node: Node, prefix: string): void => {
    if (!isNode(node.properties) || node.additionalProperties !== false) return;
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    for (const [key, child] of Object.entries(node.properties)) {
      if (!isNode(child)) continue;
      const path = `${prefix}${key}`;
      rows.push({ path, type: typeText(child), required: required.has(key), description: typeof child.description === 'string' ? child.description : '' });
      if (child.type === 'array' && isNode(child.items)) walk(child.items, `${path}[].`);
      else walk(child, `${path}.`);
    }
  };
  walk(z.toJSONSchema(shape, { io: 'output', unrepresentable: 'any' }) as Node, '');
  return rows;
}
