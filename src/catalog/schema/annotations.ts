import { z } from 'zod';

/**
 * MCP tool annotations as the specification defines them. Every hint is optional and
 * tri-state: absent means "not declared", which is not the same as false.
 */
export const annotationsSchema = z
  .strictObject({
    title: z.string().optional().describe('A human-readable title for the tool.'),
    readOnlyHint: z.boolean().optional().describe('The tool does not modify its environment.'),
    destructiveHint: z.boolean().optional().describe('The tool may perform destructive updates (meaningful only when not read-only).'),
    idempotentHint: z.boolean().optional().describe('Calling the tool again with the same arguments has no additional effect (meaningful only when not read-only).'),
    openWorldHint: z.boolean().optional().describe('The tool interacts with an open world of external entities.'),
  })
  .describe('MCP tool annotations: hints about behaviour, declared by the server.');
export type Annotations = z.infer<typeof annotationsSchema>;
