import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { originSchema } from './origin.ts';
import { httpLink, isoDate, line, text } from './text.ts';
import { toolSchema } from './tool.ts';

export const SERVER_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Device names Windows reserves: a catalog file named so could not be checked out there. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** How a package is published: a registry prefix, or a bare PyPI-style name. */
const PACKAGE = /^(?:(?:npm|pypi|docker|oci|nuget|cargo|go|remote):)?[\w@./:+-]+$/;

export const TRANSPORTS = ['stdio', 'streamable-http', 'sse'] as const;

/** One MCP server and its tools: the content of one file under catalog/servers/. */
export const serverSchema = z
  .strictObject({
    id: z
      .string()
      .max(64)
      .regex(SERVER_ID, { message: 'must be lowercase letters, digits and dashes, starting with a letter or digit' })
      // `/servers/2/` is the second page of the server list, so an id must not be a bare number.
      .refine((id) => !/^\d+$/.test(id), { message: 'must contain a letter: a bare number is a page of the server list' })
      .refine((id) => !WINDOWS_RESERVED.test(id), { message: 'is a device name on Windows, where the file could not be checked out' })
      .describe('The URL slug of the server; equal to the file name without .yaml.'),
    name: line().describe('The server name people know it by.'),
    package: line()
      .regex(PACKAGE, { message: 'must be a package name such as npm:@scope/name, pypi:name or docker:image' })
      .describe('As published: `npm:@scope/name`, `pypi:name`, `docker:image`, or a bare PyPI-style name.'),
    description: text(4000).describe('What the server is for, in a sentence or two.'),
    source: httpLink().optional().describe('The source repository.'),
    homepage: httpLink().optional().describe('The project or documentation page.'),
    transports: z.array(z.enum(TRANSPORTS)).min(1).optional().describe('Transports the server speaks.'),
    tags: z.array(line(40)).max(20).optional().describe('A few lowercase topic words.'),
    added: isoDate().describe('When the server entered the catalog.'),
    updated: isoDate().describe('When the entry was last reviewed or re-imported.'),
    origin: originSchema.optional(),
    tools: z
      .array(toolSchema)
      .max(LIMITS.toolsPerServer, { message: `more than ${LIMITS.toolsPerServer.toLocaleString('en-US')} tools (the limit)` })
      .describe('The tools the server lists, in the MCP tools/list shape.'),
  })
  .describe('An MCP server in the MCP Tool Atlas catalog.');
export type Server = z.infer<typeof serverSchema>;
