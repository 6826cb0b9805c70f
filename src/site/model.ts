import { effectiveHints, type EffectiveHint } from '../catalog/annotations.ts';
import { countParameters, parametersOf, type Parameter } from '../catalog/parameters.ts';
import { CATEGORIES, riskOf, RISK_CLASSES, canModify, type Category, type RiskClass } from '../catalog/schema/category.ts';
import type { Server } from '../catalog/schema/server.ts';
import type { Tool } from '../catalog/schema/tool.ts';
import { toolSlug } from '../catalog/slug.ts';
import { count, firstLine } from '../catalog/words.ts';
import { classificationOf, type Classification } from '../classify/classify.ts';
import { toolFaq, type FaqEntry } from '../faq/faq.ts';

export interface ToolEntry {
  tool: Tool;
  server: ServerEntry;
  slug: string;
  url: string;
  summary: string;
  classification: Classification;
  category: Category;
  risk: RiskClass;
  parameters: Parameter[];
  parameterCount: { total: number; required: number };
  hints: EffectiveHint[];
  faq: FaqEntry[];
}

export interface CategoryGroup {
  category: Category;
  risk: RiskClass;
  tools: ToolEntry[];
}

export type Counts<K extends string> = Record<K, number>;

export interface ServerEntry {
  server: Server;
  /** Catalog file path relative to the catalog folder: `servers/<id>.yaml`. */
  file: string;
  url: string;
  tools: ToolEntry[];
  /** Tools grouped by category, in category order, empty groups left out. */
  groups: CategoryGroup[];
  categoryCounts: Counts<Category>;
  riskCounts: Counts<RiskClass>;
  /** Tools that can modify or destroy data (every category but Read). */
  modifyingCount: number;
}

export interface Site {
  servers: ServerEntry[];
  tools: ToolEntry[];
  categoryCounts: Counts<Category>;
  riskCounts: Counts<RiskClass>;
}

const zero = <K extends string>(keys: readonly K[]): Counts<K> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;

export const serverUrl = (id: string) => `/servers/${id}/`;
export const toolUrl = (serverId: string, slug: string) => `/servers/${serverId}/${slug}/`;

/**
 * Builds everything the pages show, once per build: classification, parameters, FAQ,
 * groups and counts. Pages only read from it; nothing here grows per page.
 */
export function buildSite(servers: readonly Server[]): Site {
  const site: Site = { servers: [], tools: [], categoryCounts: zero(CATEGORIES), riskCounts: zero(RISK_CLASSES) };
  const sorted = [...servers].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
  for (const server of sorted) {
    const entry: ServerEntry = {
      server,
      file: `servers/${server.id}.yaml`,
      url: serverUrl(server.id),
      tools: [],
      groups: [],
      categoryCounts: zero(CATEGORIES),
      riskCounts: zero(RISK_CLASSES),
      modifyingCount: 0,
    };
    for (const tool of server.tools) {
      const classification = classificationOf(tool);
      const { category } = classification;
      const risk = riskOf(category);
      const slug = toolSlug(tool.name);
      const summary = firstLine(tool.description);
      const parameterCount = countParameters(tool.inputSchema);
      const t: ToolEntry = {
        tool,
        server: entry,
        slug,
        url: toolUrl(server.id, slug),
        summary,
        classification,
        category,
        risk,
        parameterCount,
        hints: effectiveHints(tool.annotations),
        // Parameter rows and FAQ text are read by the tool's own page only: derived when read,
        // in constant time, rather than held for every tool through the whole build (at
        // 50,000 tools they were a large share of peak memory).
        get parameters() {
          return parametersOf(tool.inputSchema);
        },
        get faq() {
          return toolFaq({
            toolName: tool.name,
            serverName: server.name,
            packageName: server.package,
            category,
            risk,
            summary,
            parameterCount: parameterCount.total,
            requiredCount: parameterCount.required,
          });
        },
      };
      entry.tools.push(t);
      entry.categoryCounts[category]++;
      entry.riskCounts[risk]++;
      if (canModify(category)) entry.modifyingCount++;
      site.categoryCounts[category]++;
      site.riskCounts[risk]++;
      site.tools.push(t);
    }
    entry.groups = CATEGORIES.map((category) => ({
      category,
      risk: riskOf(category),
      tools: entry.tools.filter((t) => t.category === category).sort((a, b) => a.tool.name.localeCompare(b.tool.name, 'en')),
    })).filter((g) => g.tools.length > 0);
    site.servers.push(entry);
  }
  return site;
}

/** `26 tools, 12 can modify data`: how a server is summed up in lists and in llms.txt. */
export const toolCountLine = (entry: ServerEntry) => `${count(entry.tools.length, 'tool')}, ${entry.modifyingCount} can modify data`;
