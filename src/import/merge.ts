import { isDeepStrictEqual } from 'node:util';
import type { Category } from '../catalog/schema/category.ts';
import type { Origin } from '../catalog/schema/origin.ts';
import type { Server } from '../catalog/schema/server.ts';
import type { Tool } from '../catalog/schema/tool.ts';
import { count } from '../catalog/words.ts';
import { classificationOf } from '../classify/classify.ts';
import type { ServerFields } from './definition.ts';

/** Tool fields that only a person sets; a re-import never touches them. */
const HAND_SET = ['classification', 'notes'] as const satisfies ReadonlyArray<keyof Tool>;
/** Tool fields that come from the server; a re-import replaces them. */
const DEFINITION = ['title', 'description', 'inputSchema', 'outputSchema', 'annotations', 'icons', 'execution', '_meta'] as const satisfies ReadonlyArray<keyof Tool>;
const SERVER_FIELDS = ['name', 'package', 'description', 'source', 'homepage', 'tags', 'transports'] as const satisfies ReadonlyArray<keyof ServerFields>;

export interface AddedTool {
  name: string;
  category: Category;
  /** Destructive or Financial: the report calls these out. */
  dangerous: boolean;
}

export interface MergeReport {
  /** There was no file for this server before. */
  created: boolean;
  added: AddedTool[];
  /** Removed tools; `reviewed` when a person had classified or annotated them. */
  removed: Array<{ name: string; reviewed: boolean }>;
  /** Tools whose definition changed, with the fields that did. */
  changed: Array<{ name: string; fields: string[] }>;
  unchanged: number;
  /** Anything at all differs from the file on disk. */
  dirty: boolean;
}

export interface MergeInput {
  /** The server as the catalog has it, when it has it. */
  existing?: Server;
  id: string;
  tools: Tool[];
  /** Fields the source knows; used only where the file has none. */
  fromSource: ServerFields;
  /** Fields a person passed on the command line; they win over everything. */
  given: ServerFields;
  origin?: Origin;
  /** YYYY-MM-DD */
  today: string;
}

function mergeTool(fresh: Tool, old: Tool | undefined): Tool {
  const out: Tool = { name: fresh.name, inputSchema: fresh.inputSchema };
  for (const k of DEFINITION) if (fresh[k] !== undefined) (out as Record<string, unknown>)[k] = fresh[k];
  for (const k of HAND_SET) if (old?.[k] !== undefined) (out as Record<string, unknown>)[k] = old[k];
  return out;
}

function changedFields(a: Tool, b: Tool): string[] {
  return DEFINITION.filter((k) => !isDeepStrictEqual(a[k], b[k]));
}

/**
 * Combines a fresh listing with the catalog's file. Definitions come from the server;
 * everything a person set (classification, notes, server fields, `added`) is kept.
 * `updated` moves to today only when something actually changed, so a refresh that
 * finds nothing new leaves the file byte for byte as it was.
 */
export function mergeServer({ existing, id, tools, fromSource, given, origin, today }: MergeInput): { server: Partial<Server> & { tools: Tool[] }; report: MergeReport } {
  const oldByName = new Map((existing?.tools ?? []).map((t) => [t.name, t]));
  const freshNames = new Set(tools.map((t) => t.name));
  const report: MergeReport = { created: !existing, added: [], removed: [], changed: [], unchanged: 0, dirty: false };

  const merged = tools.map((fresh) => {
    const old = oldByName.get(fresh.name);
    const tool = mergeTool(fresh, old);
    if (!old) {
      const { category } = classificationOf(tool);
      report.added.push({ name: tool.name, category, dangerous: category === 'Destructive' || category === 'Financial' });
    } else {
      const fields = changedFields(old, tool);
      if (fields.length > 0) report.changed.push({ name: tool.name, fields });
      else report.unchanged++;
    }
    return tool;
  });
  for (const old of existing?.tools ?? []) {
    if (!freshNames.has(old.name)) report.removed.push({ name: old.name, reviewed: HAND_SET.some((k) => old[k] !== undefined) });
  }

  const server: Partial<Server> & { tools: Tool[] } = { id, tools: merged };
  for (const k of SERVER_FIELDS) {
    const value = given[k] ?? existing?.[k] ?? fromSource[k];
    if (value !== undefined) (server as Record<string, unknown>)[k] = value;
  }
  server.added = existing?.added ?? today;
  const origins = origin ?? existing?.origin;
  if (origins) server.origin = origins;

  const orderChanged = !!existing && !isDeepStrictEqual(existing.tools.map((t) => t.name), merged.map((t) => t.name));
  const fieldsChanged = !!existing && ([...SERVER_FIELDS, 'origin'] as const).some((k) => !isDeepStrictEqual(existing[k], server[k]));
  report.dirty = !existing || report.added.length + report.removed.length + report.changed.length > 0 || orderChanged || fieldsChanged;
  server.updated = report.dirty ? today : existing!.updated;
  return { server, report };
}

/** The report as people read it in a terminal: one line per tool, dangerous new tools marked. */
export function formatReport(id: string, r: MergeReport): string {
  const lines: string[] = [];
  if (r.created) lines.push(`${id}: new server with ${count(r.added.length, 'tool')}`);
  else if (!r.dirty) lines.push(`${id}: no changes`);
  else lines.push(`${id}: ${r.added.length} added, ${r.removed.length} removed, ${r.changed.length} changed, ${r.unchanged} unchanged`);
  for (const a of r.added) lines.push(`  + ${a.name}  (${a.category})${a.dangerous ? `  !! new ${a.category} tool: review it` : ''}`);
  for (const c of r.changed) lines.push(`  ~ ${c.name}  (${c.fields.join(', ')})`);
  for (const d of r.removed) lines.push(`  - ${d.name}${d.reviewed ? '  (its reviewed classification or notes are dropped with it)' : ''}`);
  return lines.join('\n');
}
