import { z } from 'zod';
import { CATEGORIES, categorySchema, RISK_CLASSES } from '../catalog/schema/category.ts';
import { TRANSPORTS } from '../catalog/schema/server.ts';
import { toolSchema } from '../catalog/schema/tool.ts';
import { DIALECT_IDS, type DialectId } from '../policy/dialect.ts';
import { INTENT_KINDS, type IntentKind } from '../policy/intent.ts';

// The shapes of the site's JSON outputs: the endpoints build values of these types, the API
// page documents them from their descriptions, and the tests parse every output with them.

const riskSchema = z.enum(RISK_CLASSES).describe('Low, Medium, High or Critical; follows from the category alone.');
const absolute = (what: string) => z.url({ protocol: /^https?$/ }).describe(what);
const date = (what: string) => z.iso.date().describe(what);
const count = (what: string) => z.int().nonnegative().describe(what);

const categoryCounts = z.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, count(`${c} tools.`)])) as Record<(typeof CATEGORIES)[number], z.ZodInt>);
const riskCounts = z.strictObject(Object.fromEntries(RISK_CLASSES.map((r) => [r, count(`${r}-risk tools.`)])) as Record<(typeof RISK_CLASSES)[number], z.ZodInt>);

export const apiClassificationShape = z
  .strictObject({
    category: categorySchema,
    risk: riskSchema,
    origin: z.enum(['derived', 'reviewed']).describe('Derived by the build from the definition, or reviewed and set in the catalog file.'),
    confidence: z.enum(['high', 'medium', 'low']).describe('How sure a derived classification is; reviewed ones are high.'),
    rationale: z.string().describe('One sentence a reader can check against the evidence.'),
    evidence: z.array(z.string()).describe('The exact words or fields the classification rests on.'),
    conflicts: z.array(z.string()).describe('Signals that point to another category.'),
  })
  .describe('What the tool does and how risky it is.');

export const apiToolSummaryShape = z
  .strictObject({
    name: z.string().describe('The tool name exactly as the server lists it.'),
    slug: z.string().describe('The last segment of the tool page URL.'),
    url: absolute('The tool page.'),
    api: absolute('The tool\u2019s policy snippets as JSON: /api/tools/<server>/<tool>.json.'),
    summary: z.string().describe('The first line of the description; empty when there is none.'),
    parameters: z
      .strictObject({ total: count('Top-level parameters: the properties of inputSchema, not the fields nested in them.'), required: count('Required top-level parameters.') })
      .describe('How many arguments the tool takes.'),
    classification: apiClassificationShape,
  })
  .describe('One tool, as listed in the catalog.');

const serverFields = {
  id: z.string().describe('The server id; also its URL segment and catalog file name.'),
  name: z.string().describe('The server name.'),
  package: z.string().describe('As published: npm:@scope/name, pypi:name, docker:image, or a bare PyPI-style name.'),
  description: z.string().describe('What the server is for.'),
  source: absolute('The source repository.').optional(),
  homepage: absolute('The project or documentation page.').optional(),
  transports: z.array(z.enum(TRANSPORTS)).optional().describe('Transports the server speaks.'),
  tags: z.array(z.string()).optional().describe('Topic words.'),
  added: date('When the server entered the catalog.'),
  updated: date('When the entry was last reviewed or re-imported.'),
  url: absolute('The server page.'),
  api: absolute('This server as JSON: /api/servers/<id>.json.'),
  feed: absolute('Atom feed of the server\u2019s tools.'),
  edit: absolute('The catalog file in the repository, in GitHub\u2019s editor.'),
  counts: z.strictObject({
    tools: count('Tools of the server.'),
    modifying: count('Tools that can modify or destroy data (every category but Read).'),
    categories: categoryCounts.describe('Tools per category.'),
    risks: riskCounts.describe('Tools per risk class.'),
  }).describe('Tool counts of this server.'),
};

export const apiCatalogServerShape = z
  .strictObject({ ...serverFields, tools: z.array(apiToolSummaryShape).describe('The tools, in catalog order.') })
  .describe('One server with a summary of each tool.');

/** /api/catalog.json */
export const apiCatalogShape = z
  .strictObject({
    name: z.string().describe('The site name.'),
    url: absolute('The site.'),
    version: z.literal(1).describe('Version of this shape; it changes only when a field is removed or changes meaning.'),
    updated: z.iso.date().nullable().describe('The latest `updated` date of any server; null for an empty catalog.'),
    counts: z.strictObject({
      servers: count('Servers in the catalog.'),
      tools: count('Tools in the catalog.'),
      categories: categoryCounts.describe('Tools per category.'),
      risks: riskCounts.describe('Tools per risk class.'),
    }).describe('Counts over the whole catalog.'),
    servers: z.array(apiCatalogServerShape).describe('Every server, A to Z.'),
  })
  .describe('Every server and tool with its classification.');
export type ApiCatalog = z.infer<typeof apiCatalogShape>;

/** The tool as `tools/list` returned it, without our classification and notes. */
const mcpDefinitionShape = toolSchema.omit({ classification: true, notes: true }).describe('The tool exactly as the server lists it over MCP (tools/list).');

export const apiServerToolShape = apiToolSummaryShape
  .extend({
    notes: z.string().optional().describe('What a reviewer noted about the tool.'),
    definition: mcpDefinitionShape,
  })
  .describe('One tool with its full MCP definition.');

/** /api/servers/<id>.json */
export const apiServerShape = z
  .strictObject({ ...serverFields, tools: z.array(apiServerToolShape).describe('The tools, in catalog order.') })
  .describe('One server with every tool\u2019s definition and classification.');
export type ApiServer = z.infer<typeof apiServerShape>;

const snippets = z
  .strictObject(Object.fromEntries(INTENT_KINDS.map((k) => [k, z.string().nullable().describe(`The ${k} snippet, or null.`)])) as Record<IntentKind, z.ZodNullable<z.ZodString>>)
  .describe('Per intent: the snippet, or null where the dialect cannot express it.');

/** /api/tools/<server>/<tool>.json, written by the policy pages (src/policy/site.ts). */
export const apiToolPoliciesShape = z
  .strictObject({
    server: z.string().describe('The server id.'),
    tool: z.string().describe('The tool name.'),
    category: categorySchema,
    risk: riskSchema,
    recommended: z.enum(INTENT_KINDS).describe('The intent recommended for the tool\u2019s category.'),
    policies: z
      .strictObject(Object.fromEntries(DIALECT_IDS.map((d) => [d, snippets])) as Record<DialectId, typeof snippets>)
      .describe('Per policy dialect, a snippet for each intent.'),
  })
  .describe('One tool with a policy snippet per dialect and intent.');

/** Every JSON output of the site, by path pattern, with its shape. */
export const API_ROUTES = [
  { pattern: /^\/api\/catalog\.json$/, path: '/api/catalog.json', shape: apiCatalogShape },
  { pattern: /^\/api\/servers\/[a-z0-9][a-z0-9-]*\.json$/, path: '/api/servers/<id>.json', shape: apiServerShape },
  { pattern: /^\/api\/tools\/[a-z0-9][a-z0-9-]*\/[^/]+\.json$/, path: '/api/tools/<server>/<tool>.json', shape: apiToolPoliciesShape },
] as const;

export function shapeOfPath(path: string): z.ZodType | undefined {
  return API_ROUTES.find((r) => r.pattern.test(path))?.shape;
}
