import type { z } from 'zod';
import { clip } from './words.ts';

/** A zod issue reduced to where it is and what to say, in the catalog's own words. */
export interface Finding {
  path: PropertyKey[];
  message: string;
  /** The finding is about a key itself (an unknown field), not its value. */
  atKey?: boolean;
}

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `"${clip(input, 41)}"`;
  return String(input);
}

/**
 * Friendly messages in one place, so every catalog error reads the same way. Messages a
 * schema sets itself (limits, formats) are kept as they are.
 */
export function findingsOf(error: z.ZodError): Finding[] {
  const out: Finding[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: [...path, key], message: `unknown field "${key}"`, atKey: true });
        break;
      case 'invalid_type':
        out.push({
          path,
          message:
            issue.input === undefined
              ? 'is required'
              : `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : issue.expected}, got ${describeInput(issue.input)}`,
        });
        break;
      case 'invalid_value':
        out.push({
          path,
          message:
            issue.values.length === 1
              ? `expected ${JSON.stringify(issue.values[0])}`
              : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        });
        break;
      case 'invalid_union':
        out.push({ path, message: 'expected a JSON Schema (a mapping, or true or false)' });
        break;
      default:
        out.push({ path, message: issue.message.replace(/^Invalid input: /, '') });
    }
  }
  return out;
}
