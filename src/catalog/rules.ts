import { basename } from 'node:path';
import type { Finding } from './issues.ts';
import type { Server } from './schema/server.ts';
import { toolSlug } from './slug.ts';

/** A file whose data passed the schema, ready for the rules that look across fields. */
export interface ValidFile {
  file: string;
  server: Server;
}

/** The file name is the server's URL: it must say the same as `id`. */
export function fileNameMatchesId({ file, server }: ValidFile): Finding[] {
  const expected = `${server.id}.yaml`;
  return basename(file) === expected
    ? []
    : [{ path: ['id'], message: `"${server.id}" does not match the file name: rename the file to ${expected} or change id` }];
}

/** Policies match tools by name, so a server cannot list one name twice. */
export function toolNamesUnique({ server }: ValidFile): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  server.tools.forEach((tool, i) => {
    const seen = first.get(tool.name);
    if (seen === undefined) first.set(tool.name, i);
    else out.push({ path: ['tools', i, 'name'], message: `"${tool.name}" is already the name of tools[${seen}]` });
  });
  return out;
}

/** Two names that slug alike would share one page: an error, never a silent overwrite. */
export function toolSlugsUnique({ server }: ValidFile): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  server.tools.forEach((tool, i) => {
    const slug = toolSlug(tool.name);
    const seen = first.get(slug);
    if (seen === undefined) first.set(slug, i);
    else if (server.tools[seen]!.name !== tool.name) {
      out.push({
        path: ['tools', i, 'name'],
        message: `"${tool.name}" and "${server.tools[seen]!.name}" (tools[${seen}]) would share the page /servers/${server.id}/${slug}/`,
      });
    }
  });
  return out;
}

/** A page shows `updated`, so it cannot come before `added`. */
export function datesInOrder({ server }: ValidFile): Finding[] {
  return server.updated < server.added ? [{ path: ['updated'], message: `${server.updated} is before added (${server.added})` }] : [];
}

export const FILE_RULES = [fileNameMatchesId, toolNamesUnique, toolSlugsUnique, datesInOrder];

/** Server ids must be unique across files (ids are already lowercase slugs, so URLs cannot collide by case). */
export function serverIdsUnique(files: ValidFile[]): Array<{ file: ValidFile; finding: Finding }> {
  const first = new Map<string, ValidFile>();
  const out: Array<{ file: ValidFile; finding: Finding }> = [];
  for (const f of files) {
    const seen = first.get(f.server.id);
    if (!seen) first.set(f.server.id, f);
    else out.push({ file: f, finding: { path: ['id'], message: `"${f.server.id}" is already the id of ${seen.file}` } });
  }
  return out;
}
