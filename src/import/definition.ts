import type { Origin } from '../catalog/schema/origin.ts';
import type { Server } from '../catalog/schema/server.ts';

/** Server fields a source or a person can supply; everything else is the catalog's own. */
export type ServerFields = Partial<Pick<Server, 'name' | 'package' | 'description' | 'source' | 'homepage' | 'tags' | 'transports'>>;

/** What a source says about a server, before any of it is trusted. */
export interface ImportedDefinition {
  /** The tools exactly as the source listed them: untrusted, checked by toolsFrom(). */
  tools: unknown[];
  /** Server fields the source knows (a registry entry's title, a live server's name). */
  server: ServerFields;
  origin: Origin;
}

/** A problem that stops an import; nothing is written. Each line names the tool or field. */
export class ImportError extends Error {
  readonly problems: string[];
  constructor(summary: string, problems: string[] = []) {
    super(problems.length > 0 ? `${summary}:\n${problems.map((p) => `  - ${p}`).join('\n')}` : summary);
    this.name = 'ImportError';
    this.problems = problems;
  }
}
