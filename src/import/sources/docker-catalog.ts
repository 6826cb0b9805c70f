import { join } from 'node:path';
import { parse } from 'yaml';
import { LIMITS } from '../../catalog/limits.ts';
import type { ImportedDefinition, ServerFields } from '../definition.ts';
import { ImportError } from '../definition.ts';
import { parseJson, readSourceFile, recordedPath } from './files.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** One entry of a Docker catalog `arguments` list. */
interface DockerArgument {
  name: string;
  type?: string;
  desc?: string;
  optional?: boolean;
  items?: { type?: string };
}

/**
 * Docker's `arguments` list → a JSON Schema object: `type` and `items.type` carry over,
 * `desc` becomes `description`, and every argument not marked `optional` is required.
 */
export function argumentsToInputSchema(args: unknown[], toolName: string): Json {
  const properties: Json = {};
  const required: string[] = [];
  args.forEach((raw, i) => {
    if (!isObject(raw) || typeof raw.name !== 'string' || raw.name === '') {
      throw new ImportError(`tool ${JSON.stringify(toolName)}: arguments[${i}] has no name`);
    }
    const arg = raw as unknown as DockerArgument;
    const property: Json = {};
    if (typeof arg.type === 'string') property.type = arg.type;
    if (typeof arg.desc === 'string' && arg.desc.trim()) property.description = arg.desc;
    if (isObject(arg.items)) property.items = typeof arg.items.type === 'string' ? { type: arg.items.type } : {};
    else if (arg.type === 'array') property.items = {};
    properties[arg.name] = property;
    if (arg.optional !== true) required.push(arg.name);
  });
  return required.length > 0 ? { type: 'object', properties, required } : { type: 'object', properties };
}

/** A Docker catalog tool → an MCP tool: MCP-native `inputSchema` is kept as it is. */
function toMcpTool(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const { arguments: args, ...rest } = raw;
  if (rest.inputSchema !== undefined) return rest;
  // In Docker's format a tool without `arguments` takes none.
  if (args === undefined) return { ...rest, inputSchema: { type: 'object', properties: {} } };
  const name = typeof raw.name === 'string' ? raw.name : '?';
  if (!Array.isArray(args)) throw new ImportError(`tool ${JSON.stringify(name)}: "arguments" is not a list`);
  return { ...rest, inputSchema: argumentsToInputSchema(args, name) };
}

/** A lowercase topic word for `tags`, or nothing when the value is not one. */
function tag(value: unknown): string | undefined {
  const t = str(value)?.toLowerCase();
  return t && t.length <= 40 && !/[\r\n\t]/.test(t) ? t : undefined;
}

/** The server fields an entry's `about`, `meta`, `source`, `image` and `remote` give. */
export function serverFieldsOf(entry: Json): ServerFields {
  const about = isObject(entry.about) ? entry.about : {};
  const meta = isObject(entry.meta) ? entry.meta : {};
  const source = isObject(entry.source) ? entry.source : {};
  const remote = isObject(entry.remote) ? entry.remote : {};
  const fields: ServerFields = {};
  const name = str(about.title) ?? str(entry.name);
  if (name) fields.name = name;
  const description = str(about.description);
  if (description) fields.description = description;
  if (str(source.project)) fields.source = str(source.project);
  const image = str(entry.image);
  const url = str(remote.url);
  if (image) {
    fields.package = `docker:${image}`;
    fields.transports = ['stdio'];
  } else if (url) {
    fields.package = `remote:${url}`;
    const transport = str(remote.transport_type);
    if (transport === 'streamable-http' || transport === 'sse') fields.transports = [transport];
  }
  const tags = [meta.category, ...(Array.isArray(meta.tags) ? meta.tags : [])].map(tag).filter((t): t is string => t !== undefined);
  if (tags.length > 0) fields.tags = [...new Set(tags)].slice(0, 20);
  return fields;
}

/** Reads one entry of Docker's MCP catalog: a folder with `server.yaml` and `tools.json`. */
export function importFromDockerCatalog(folder: string): ImportedDefinition {
  const serverFile = join(folder, 'server.yaml');
  const toolsFile = join(folder, 'tools.json');
  let entry: unknown;
  try {
    entry = parse(readSourceFile(serverFile), { maxAliasCount: LIMITS.yamlAliases });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`${serverFile} is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!isObject(entry)) throw new ImportError(`${serverFile} is not a mapping`);
  const tools = parseJson(readSourceFile(toolsFile), toolsFile);
  const list = Array.isArray(tools) ? tools : isObject(tools) && Array.isArray(tools.tools) ? tools.tools : undefined;
  if (!list) throw new ImportError(`${toolsFile} holds no list of tools`);
  return { tools: list.map(toMcpTool), server: serverFieldsOf(entry), origin: { kind: 'docker-catalog', path: recordedPath(folder) } };
}
