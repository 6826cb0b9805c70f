import { formatPath } from '../catalog/diagnostics.ts';
import { findingsOf } from '../catalog/issues.ts';
import { LIMITS } from '../catalog/limits.ts';
import { annotationsSchema } from '../catalog/schema/annotations.ts';
import { toolSchema, type Tool } from '../catalog/schema/tool.ts';
import { count } from '../catalog/words.ts';
import { ImportError } from './definition.ts';

/** Fields a server may send: the MCP tool shape. `classification` and `notes` are ours alone. */
const DEFINITION_FIELDS = ['name', 'title', 'description', 'inputSchema', 'outputSchema', 'annotations', 'icons', 'execution', '_meta'] as const;
const OURS = new Set(['classification', 'notes']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a tool is named in messages, even when its name is missing or hostile. */
function label(raw: unknown, index: number): string {
  const name = isObject(raw) ? raw.name : undefined;
  if (typeof name !== 'string' || name === '') return `tools[${index}]`;
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
  return `tool ${shown} (tools[${index}])`;
}

export interface CheckedTools {
  tools: Tool[];
  /** Things fixed or dropped on the way in, each naming its tool. */
  warnings: string[];
}

/**
 * Turns what a server listed into catalog tools. Whatever the server sends is untrusted:
 * every tool passes the catalog's own schema, and any problem stops the import with a
 * message naming the tool, so nothing half-checked reaches the catalog.
 */
export function toolsFrom(raw: unknown[]): CheckedTools {
  const problems: string[] = [];
  const warnings: string[] = [];
  const tools: Tool[] = [];
  if (raw.length > LIMITS.toolsPerServer) {
    throw new ImportError(`The server lists ${raw.length} tools, more than the limit of ${LIMITS.toolsPerServer}`);
  }
  const seen = new Map<string, number>();
  raw.forEach((entry, i) => {
    const who = label(entry, i);
    if (!isObject(entry)) {
      problems.push(`${who}: expected a tool object`);
      return;
    }
    const picked: Record<string, unknown> = {};
    const ignored: string[] = [];
    for (const [key, value] of Object.entries(entry)) {
      if ((DEFINITION_FIELDS as readonly string[]).includes(key)) picked[key] = value;
      else ignored.push(key);
    }
    const ours = ignored.filter((k) => OURS.has(k));
    if (ours.length > 0) warnings.push(`${who}: ignored ${ours.join(', ')} sent by the server (only the catalog sets them)`);
    const unknown = ignored.filter((k) => !OURS.has(k));
    if (unknown.length > 0) warnings.push(`${who}: ignored unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}`);
    if (isObject(picked.annotations)) {
      // Servers add their own keys to annotations (chrome-devtools-mcp sends `category`);
      // only the hints the specification defines are kept.
      const known = Object.keys(annotationsSchema.shape);
      const extra = Object.keys(picked.annotations).filter((k) => !known.includes(k));
      if (extra.length > 0) {
        picked.annotations = Object.fromEntries(Object.entries(picked.annotations).filter(([k]) => known.includes(k)));
        warnings.push(`${who}: ignored annotation${extra.length === 1 ? '' : 's'} ${extra.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')} (not MCP hints)`);
      }
    }
    if (picked.inputSchema === undefined) {
      picked.inputSchema = { type: 'object', properties: {} };
      warnings.push(`${who}: has no inputSchema; recorded as taking no arguments`);
    }
    const parsed = toolSchema.safeParse(picked);
    if (!parsed.success) {
      for (const f of findingsOf(parsed.error)) problems.push(`${who}: ${formatPath(f.path) || 'definition'} ${f.message}`);
      return;
    }
    const first = seen.get(parsed.data.name);
    if (first !== undefined) {
      problems.push(`${who}: the name is already used by tools[${first}]`);
      return;
    }
    seen.set(parsed.data.name, i);
    tools.push(parsed.data);
  });
  if (problems.length > 0) {
    throw new ImportError(`${count(problems.length, 'problem')} in the tool definitions; nothing was written`, problems);
  }
  return { tools, warnings };
}
