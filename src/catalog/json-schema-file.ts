import { z } from 'zod';
import { serverSchema } from './schema/server.ts';

/** Where the editor schema lives in the repository; catalog files point here (see write.ts). */
export const SCHEMA_FILE = 'schema/catalog-server.schema.json';

/**
 * The JSON Schema of one catalog file, generated from the zod schema so the two cannot
 * disagree. Draft-07, because that is what YAML editors (yaml-language-server) validate
 * against most reliably. Refinements zod cannot express (control characters, depth limits,
 * date order) stay with `npm run check`; the editor schema catches the rest as people type.
 */
export function catalogServerJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(serverSchema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    // Every link in a catalog file is an httpLink(); zod writes only `format: uri`, which
    // javascript: and data: URLs satisfy, so the scheme rule is spelled out for editors.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === 'uri') jsonSchema.pattern = '^https?://';
    },
  });
  const { $schema, ...rest } = generated;
  return { $schema, title: 'MCP Tool Atlas catalog file', ...rest };
}

/** The file's exact text: stable formatting, so a stale copy shows up as a diff. */
export function catalogServerJsonSchemaText(): string {
  return `${JSON.stringify(catalogServerJsonSchema(), null, 2)}\n`;
}
