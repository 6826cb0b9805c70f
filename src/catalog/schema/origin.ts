import { z } from 'zod';
import { line } from './text.ts';

/** An environment variable name as shells accept it. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * How a server's tools were imported, so `npm run catalog:refresh` can do it again.
 * Secrets are never stored: only variable names, each with a placeholder value.
 */
export const originSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('stdio'),
      command: z.array(line(500)).min(1).max(50).describe('The program and its arguments, e.g. [npx, -y, "@scope/server@1.2.3"].'),
      env: z
        .record(z.string().regex(ENV_NAME, { message: 'must be an environment variable name' }), line(200))
        .optional()
        .describe('Variables the server wants set before it lists its tools: names with placeholder values, never secrets.'),
    }),
    z.strictObject({
      kind: z.literal('streamable-http'),
      // Not httpLink(): a local endpoint such as http://127.0.0.1:8080/mcp is a valid origin.
      url: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).max(2000).describe('The MCP endpoint.'),
    }),
    z.strictObject({
      kind: z.literal('docker-catalog'),
      path: line(500).describe("A folder of Docker's MCP catalog (server.yaml + tools.json), relative to the repository root."),
    }),
    z.strictObject({
      kind: z.literal('json-file'),
      path: line(500).describe('A JSON file holding a tools/list result, relative to the repository root.'),
    }),
  ])
  .describe('How the tools were imported; `npm run catalog:refresh` re-imports servers that record it.');
export type Origin = z.infer<typeof originSchema>;
