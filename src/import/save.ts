import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatPath } from '../catalog/diagnostics.ts';
import { findingsOf } from '../catalog/issues.ts';
import { LIMITS } from '../catalog/limits.ts';
import { FILE_RULES } from '../catalog/rules.ts';
import { serverSchema, SERVER_ID, type Server } from '../catalog/schema/server.ts';
import { decodeUtf8, parseYaml, toData } from '../catalog/source.ts';
import { serverToYaml } from '../catalog/write.ts';
import { ImportError, type ImportedDefinition, type ServerFields } from './definition.ts';
import { formatReport, mergeServer, type MergeReport } from './merge.ts';
import { toolsFrom } from './tools.ts';

export interface ImportOptions {
  /** The catalog folder (its servers/ subfolder holds the files). */
  catalogDir: string;
  /** The server's id; derived from its name when left out. */
  id?: string;
  /** Fields given by a person; they win over what the file and the source say. */
  given?: ServerFields;
  /** YYYY-MM-DD; today in UTC unless given. */
  today?: string;
  /** Merge and validate, but write nothing. */
  dryRun?: boolean;
}

export interface ImportResult {
  file: string;
  server: Server;
  report: MergeReport;
  warnings: string[];
  written: boolean;
}

/** A server id from a name: `@modelcontextprotocol/server-memory` → `modelcontextprotocol-server-memory`. */
export function idFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Reads the catalog's current file for a server; a file that does not pass the check stops the import. */
export function readExisting(file: string): Server | undefined {
  if (!existsSync(file)) return undefined;
  const decoded = decodeUtf8(readFileSync(file));
  const fail = (line: number, message: string) => new ImportError(`${file} must pass the check before it is re-imported (a person's edits would be lost)`, [`line ${line}: ${message}`]);
  if ('problem' in decoded) throw fail(decoded.problem.line, decoded.problem.message);
  const { source, problems } = parseYaml(decoded.text);
  if (problems[0]) throw fail(problems[0].line, problems[0].message);
  const data = toData(source);
  if ('problem' in data) throw fail(data.problem.line, data.problem.message);
  const parsed = serverSchema.safeParse(data.data);
  if (!parsed.success) {
    const f = findingsOf(parsed.error)[0]!;
    throw fail(source.locate(f.path).line, `${formatPath(f.path)} ${f.message}`);
  }
  return parsed.data;
}

/** Validates the merged server exactly as the check will, before a byte is written. */
function validated(candidate: unknown, file: string): Server {
  const parsed = serverSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = findingsOf(parsed.error).map((f) => `${formatPath(f.path) || 'server'}: ${f.message}`);
    const missing = problems.filter((p) => /^(package|description|name): is required/.test(p));
    const hint = missing.length > 0 ? ' (pass --package, --description or --name)' : '';
    throw new ImportError(`The imported server would not pass the check${hint}; nothing was written`, problems);
  }
  const findings = FILE_RULES.flatMap((rule) => rule({ file, server: parsed.data }));
  if (findings.length > 0) {
    throw new ImportError('The imported server would not pass the check; nothing was written', findings.map((f) => `${formatPath(f.path)}: ${f.message}`));
  }
  return parsed.data;
}

/**
 * Writes next to the target and renames over it: readers see the old file or the new
 * one, never half of one. The temporary name starts with a dot, which the check skips.
 */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Imports one server into the catalog: check the tools, merge with the file, validate, write. */
export function importServer(definition: ImportedDefinition, options: ImportOptions): ImportResult {
  const given = options.given ?? {};
  const id = options.id ?? idFrom(given.name ?? definition.server.name ?? '');
  if (!SERVER_ID.test(id) || id.length > 64) throw new ImportError(`"${id}" cannot be a server id: pass --id with lowercase letters, digits and dashes`);
  const file = join(options.catalogDir, 'servers', `${id}.yaml`);
  const { tools, warnings } = toolsFrom(definition.tools);
  if (tools.length === 0) warnings.push('the server lists no tools');
  const existing = readExisting(file);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { server: candidate, report } = mergeServer({ existing, id, tools, fromSource: definition.server, given, origin: definition.origin, today });
  const fallbackName = candidate.name === undefined ? { name: id } : {};
  const server = validated({ ...candidate, ...fallbackName }, file);
  const text = serverToYaml(server);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.fileBytes) throw new ImportError(`The file would be ${bytes.toLocaleString('en-US')} bytes, over the limit of ${LIMITS.fileBytes.toLocaleString('en-US')}; nothing was written`);
  const write = report.dirty && !options.dryRun;
  if (write) writeAtomically(file, text);
  return { file, server, report, warnings, written: write };
}

export { formatReport };
