import { z } from 'zod';
import { annotationsSchema } from './annotations.ts';
import { classificationSchema } from './classification.ts';
import { objectSchemaSchema } from './json-schema.ts';
import { line, text } from './text.ts';

/**
 * One tool, in the MCP specification's own shape (so a `tools/list` entry pastes in
 * unchanged), plus our optional `classification` and `notes`.
 */
export const toolSchema = z
  .strictObject({
    name: line(128).describe('The tool name exactly as the server lists it; policies match on it.'),
    title: line().optional().describe('A human-readable title, if the server gives one.'),
    description: text().optional().describe('The description the server sends, Markdown and all.'),
    inputSchema: objectSchemaSchema.describe('JSON Schema of the arguments; the root is `type: object`.'),
    outputSchema: objectSchemaSchema.optional().describe('JSON Schema of the structured result, if declared.'),
    annotations: annotationsSchema.optional(),
    icons: z.array(z.record(z.string(), z.unknown())).optional().describe('Icons as the server lists them (not shown).'),
    execution: z.record(z.string(), z.unknown()).optional().describe('Execution hints as the server lists them.'),
    _meta: z.record(z.string(), z.unknown()).optional().describe('Protocol metadata as the server lists it.'),
    classification: classificationSchema.optional(),
    notes: text(4000).optional().describe('Anything a reviewer should know about this tool.'),
  })
  .describe('An MCP tool as listed by tools/list, with our classification.');
export type Tool = z.infer<typeof toolSchema>;
