import type { ImportedDefinition, ServerFields } from '../definition.ts';
import { ImportError } from '../definition.ts';
import { parseJson, readSourceFile, recordedPath } from './files.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * A saved `tools/list` result (`{ "tools": [...] }`) or a plain array of tools. A `server`
 * object beside `tools` (name, package, description, source) fills the server fields.
 */
export function importFromJsonFile(path: string): ImportedDefinition {
  const data = parseJson(readSourceFile(path), path);
  const origin = { kind: 'json-file' as const, path: recordedPath(path) };
  if (Array.isArray(data)) return { tools: data, server: {}, origin };
  if (!isObject(data) || !Array.isArray(data.tools)) {
    throw new ImportError(`${path} holds neither a tools/list result ({ "tools": [...] }) nor an array of tools`);
  }
  const s = isObject(data.server) ? data.server : {};
  const server: ServerFields = {};
  const name = str(s.title) ?? str(s.name);
  if (name) server.name = name;
  if (str(s.package)) server.package = str(s.package);
  if (str(s.description)) server.description = str(s.description);
  if (str(s.source)) server.source = str(s.source);
  if (str(s.homepage)) server.homepage = str(s.homepage);
  return { tools: data.tools, server, origin };
}
