import { count } from './words.ts';

/** One problem found in the catalog, pinned to a place in a file. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Path of the file as given to the check (relative to the working directory where possible). */
  file: string;
  line: number;
  column: number;
  /** Where in the file's data: `tools[3].inputSchema.type`; empty for the file as a whole. */
  path: string;
  message: string;
}

/** `['tools', 3, 'inputSchema']` → `tools[3].inputSchema` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** `catalog/servers/x.yaml:12:7  tools[3].inputSchema.type  expected "object"` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const label = d.severity === 'warning' ? 'warning: ' : '';
  return d.path ? `${where}  ${d.path}  ${label}${d.message}` : `${where}  ${label}${d.message}`;
}

export function byPlace(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.path.localeCompare(b.path);
}

/** Thrown when the catalog has errors; its message lists every one of them. */
export class CatalogError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `The catalog has ${count(errors.length, 'error')}:\n` +
        errors.map(formatDiagnostic).join('\n'),
    );
    this.name = 'CatalogError';
    this.diagnostics = diagnostics;
  }
}
