import type { ApiCatalog, ApiServer } from './api-shapes.ts';
import { SITE_NAME } from './config.ts';
import { mcpDefinition } from './definition.ts';
import { serverFeedPath } from './feed.ts';
import { absoluteUrl, editUrl } from './links.ts';
import type { ServerEntry, Site, ToolEntry } from './model.ts';

export const apiServerPath = (id: string) => `/api/servers/${id}.json`;
export const apiToolPath = (t: ToolEntry) => `/api/tools/${t.server.server.id}/${t.slug}.json`;

function classificationOf(t: ToolEntry) {
  const { category, confidence, rationale, evidence, conflicts, origin } = t.classification;
  return { category, risk: t.risk, origin, confidence, rationale, evidence, conflicts };
}

function toolSummary(t: ToolEntry) {
  return {
    name: t.tool.name,
    slug: t.slug,
    url: absoluteUrl(t.url),
    api: absoluteUrl(apiToolPath(t)),
    summary: t.summary,
    parameters: { ...t.parameterCount },
    classification: classificationOf(t),
  };
}

function serverFields(entry: ServerEntry) {
  const s = entry.server;
  return {
    id: s.id,
    name: s.name,
    package: s.package,
    description: s.description,
    ...(s.source !== undefined && { source: s.source }),
    ...(s.homepage !== undefined && { homepage: s.homepage }),
    ...(s.transports !== undefined && { transports: s.transports }),
    ...(s.tags !== undefined && { tags: s.tags }),
    added: s.added,
    updated: s.updated,
    url: absoluteUrl(entry.url),
    api: absoluteUrl(apiServerPath(s.id)),
    feed: absoluteUrl(serverFeedPath(s.id)),
    edit: editUrl(entry),
    counts: { tools: entry.tools.length, modifying: entry.modifyingCount, categories: { ...entry.categoryCounts }, risks: { ...entry.riskCounts } },
  };
}

/** /api/catalog.json: every server and tool with its classification. */
export function catalogDocument(site: Site): ApiCatalog {
  const latest = site.servers.reduce<string | null>((max, s) => (max === null || s.server.updated > max ? s.server.updated : max), null);
  return {
    name: SITE_NAME,
    url: absoluteUrl('/'),
    version: 1,
    updated: latest,
    counts: { servers: site.servers.length, tools: site.tools.length, categories: { ...site.categoryCounts }, risks: { ...site.riskCounts } },
    servers: site.servers.map((entry) => ({ ...serverFields(entry), tools: entry.tools.map(toolSummary) })),
  };
}

/** /api/servers/<id>.json: one server with each tool's full MCP definition. */
export function serverDocument(entry: ServerEntry): ApiServer {
  return {
    ...serverFields(entry),
    tools: entry.tools.map((t) => ({
      ...toolSummary(t),
      ...(t.tool.notes !== undefined && { notes: t.tool.notes }),
      definition: mcpDefinition(t.tool),
    })),
  };
}
