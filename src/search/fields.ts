import { toolTitle } from '../catalog/annotations.ts';
import { firstLine, nameWords } from '../catalog/words.ts';
import type { ServerEntry, Site, ToolEntry } from '../site/model.ts';
import type { SearchFilter } from './filters.ts';

/**
 * What Pagefind stores for one page: the filters people narrow by, the meta a result shows,
 * and the name forms that make a tool findable by how people type its name.
 */
export interface SearchRecord {
  /** The page the result opens. */
  url: string;
  kind: 'tool' | 'server';
  /** Filter name → value; left out when it does not apply (a server has no one category). */
  filters: Partial<Record<SearchFilter, string>>;
  meta: Record<string, string>;
  /** Indexed with {@link NAME_WEIGHT}, hidden from view: the exact name and its split forms. */
  nameForms: string;
  /**
   * The plain text searched besides the name: what someone might type to find this page.
   * Generated prose (the FAQ, policy snippets) is left out: it is the same on every page.
   */
  text: string[];
}

/**
 * Pagefind weights run from 0 to 10 (body text is 1). The name outweighs anything a
 * description says, so a search for a tool's exact name puts that tool first.
 */
export const NAME_WEIGHT = 10;

/**
 * The ways someone may type a name: as written (`rabbitmq_broker_purgeQueue`), as words
 * (`rabbitmq broker purge queue`) and run together (`rabbitmqbrokerpurgequeue`), each once.
 */
export function nameForms(name: string): string[] {
  const words = nameWords(name);
  const forms = [name, words.join(' '), words.join('')].filter((f) => f.trim() !== '');
  return [...new Set(forms)];
}

export function toolSearchRecord(entry: ToolEntry): SearchRecord {
  const { tool } = entry;
  const serverName = entry.server.server.name;
  return {
    url: entry.url,
    kind: 'tool',
    filters: { category: entry.category, risk: entry.risk, server: serverName },
    meta: {
      title: entry.tool.name,
      kind: 'tool',
      server: serverName,
      category: entry.category,
      risk: entry.risk,
      summary: entry.summary,
    },
    nameForms: nameForms(tool.name).join(' '),
    text: [
      toolTitle(tool) ?? '',
      tool.description ?? '',
      `${serverName} ${entry.category} ${entry.risk} risk`,
      ...entry.parameters.map((p) => `${p.name} ${p.description ?? ''}`),
    ].filter((t) => t.trim() !== ''),
  };
}

export function serverSearchRecord(entry: ServerEntry): SearchRecord {
  const { server } = entry;
  return {
    url: entry.url,
    kind: 'server',
    filters: { server: server.name },
    meta: {
      title: server.name,
      kind: 'server',
      server: server.name,
      tools: String(entry.tools.length),
      summary: firstLine(server.description),
    },
    nameForms: [...new Set([server.id, ...nameForms(server.name)])].join(' '),
    text: [server.description, server.package, ...(server.tags ?? []), ...entry.tools.map((t) => t.tool.name)],
  };
}

/** Every page search finds: each server page, then each tool page. */
export function searchRecords(site: Site): SearchRecord[] {
  return [...site.servers.map(serverSearchRecord), ...site.tools.map(toolSearchRecord)];
}

/** How many records {@link searchRecords} gives, without making them (pages need it to name the bundles). */
export function searchRecordCount(site: Site): number {
  return site.servers.length + site.tools.length;
}
