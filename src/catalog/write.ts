import { stringify } from 'yaml';
import type { Server } from './schema/server.ts';
import type { Tool } from './schema/tool.ts';

/** The first line of every catalog file: editors fetch the schema from it and validate as people type. */
export const SCHEMA_COMMENT = '# yaml-language-server: $schema=../../schema/catalog-server.schema.json';

// Key order for clean diffs: identity first, then what people read, then the machine parts.
const SERVER_KEYS: Array<keyof Server> = ['id', 'name', 'package', 'description', 'source', 'homepage', 'transports', 'tags', 'added', 'updated', 'origin', 'tools'];
const TOOL_KEYS: Array<keyof Tool> = ['name', 'title', 'description', 'classification', 'notes', 'annotations', 'inputSchema', 'outputSchema', 'icons', 'execution', '_meta'];

function ordered<T extends object>(value: T, keys: ReadonlyArray<keyof T>): T {
  const out: Partial<T> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  for (const k of Object.keys(value) as Array<keyof T>) if (!(k in out) && value[k] !== undefined) out[k] = value[k];
  return out as T;
}

/** Serialises a server as a catalog file, with a stable key order and the editor-schema line. */
export function serverToYaml(server: Server): string {
  const data = ordered({ ...server, tools: server.tools.map((t) => ordered(t, TOOL_KEYS)) }, SERVER_KEYS);
  return `${SCHEMA_COMMENT}\n${stringify(data, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
