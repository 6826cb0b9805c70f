import { REPOSITORY_URL, SITE_URL } from './config.ts';
import type { ServerEntry, ToolEntry } from './model.ts';

/** The branch contributors edit and open pull requests against. */
export const DEFAULT_BRANCH = 'main';
/** The catalog folder in the repository (ServerEntry.file is relative to it). */
export const CATALOG_FOLDER = 'catalog';
/** The issue form for classification reports: .github/ISSUE_TEMPLATE/wrong-classification.yml. */
export const CLASSIFICATION_TEMPLATE = 'wrong-classification.yml';

/** A path of the site as an absolute URL, for feeds, sitemaps, JSON-LD and the API. */
export function absoluteUrl(path: string, site: string = SITE_URL): string {
  return new URL(path, site).href;
}

const isTool = (entry: ServerEntry | ToolEntry): entry is ToolEntry => 'slug' in entry;
const serverOf = (entry: ServerEntry | ToolEntry): ServerEntry => (isTool(entry) ? entry.server : entry);

/** GitHub's editor for the server's catalog file: "Edit this page". */
export function editUrl(server: ServerEntry, repo: string = REPOSITORY_URL): string {
  return `${repo}/edit/${DEFAULT_BRANCH}/${CATALOG_FOLDER}/${server.file}`;
}

/**
 * A new issue from the wrong-classification form with what the page knows filled in.
 * GitHub fills issue-form fields from query parameters named by the field ids.
 */
export function reportClassificationUrl(entry: ServerEntry | ToolEntry, repo: string = REPOSITORY_URL): string {
  const tool = isTool(entry) ? entry : undefined;
  const server = serverOf(entry);
  const params = new URLSearchParams({
    template: CLASSIFICATION_TEMPLATE,
    title: tool ? `Wrong classification: ${tool.tool.name} on ${server.server.name}` : `Wrong classification on ${server.server.name}`,
    server: server.server.id,
  });
  if (tool) {
    params.set('tool', tool.tool.name);
    params.set('current', `${tool.category} (${tool.classification.origin})`);
  }
  params.set('page', absoluteUrl(entry.url));
  return `${repo}/issues/new?${params.toString()}`;
}

export interface ContributeLinks {
  edit: string;
  report: string;
}

export function contributeLinks(entry: ServerEntry | ToolEntry): ContributeLinks {
  return { edit: editUrl(serverOf(entry)), report: reportClassificationUrl(entry) };
}
