import { count } from '../catalog/words.ts';
import { apiServerPath } from './api.ts';
import { SITE_NAME } from './config.ts';
import { SITE_FEED_PATH } from './feed.ts';
import { absoluteUrl } from './links.ts';
import { toolCountLine, type ServerEntry, type Site, type ToolEntry } from './model.ts';

// llms.txt (https://llmstxt.org): a Markdown index for agents. Catalog text is untrusted, so
// one-line fields are flattened and link text escaped, and free text is quoted line by line:
// a description cannot start a heading or a list item of its own.

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const linkText = (s: string) => oneLine(s).replace(/[\\[\]]/g, (c) => `\\${c}`);
const link = (text: string, path: string) => `[${linkText(text)}](${absoluteUrl(path)})`;
const quoted = (s: string) =>
  s
    .trim()
    .split(/\r?\n/)
    .map((l) => (l.trim() === '' ? '>' : `> ${l}`))
    .join('\n');

function intro(site: Site): string[] {
  return [
    `# ${SITE_NAME}`,
    '',
    `> An open catalog of ${count(site.servers.length, 'MCP server')} and their ${count(site.tools.length, 'tool')}. Each tool is classified by what it can do (Read, Write, Execute, Destructive, Financial), with a risk class that follows from the category (Low to Critical), the evidence for it, and policy snippets for real policy engines.`,
    '',
  ];
}

/** /llms.txt: what the site is and where its pages and data are. */
export function llmsTxt(site: Site): string {
  return [
    ...intro(site),
    '## Data',
    '',
    `- ${link('Catalog JSON', '/api/catalog.json')}: every server and tool with its classification`,
    `- ${link('API', '/api/')}: the JSON files and their shapes, including one file per server`,
    `- ${link('Full text', '/llms-full.txt')}: every server and tool in one Markdown file`,
    `- ${link('Atom feed', SITE_FEED_PATH)}: recently added and changed tools`,
    '',
    '## Servers',
    '',
    ...site.servers.map((s) => `- ${link(s.server.name, s.url)}: ${oneLine(s.server.description)} (${toolCountLine(s)})`),
    '',
    '## Optional',
    '',
    `- ${link('How classification works', '/classification/')}`,
    `- ${link('About', '/about/')}`,
    '',
  ].join('\n');
}

/**
 * Characters of a tool description in llms-full.txt. Real descriptions reach 50,000; past this
 * the file points to the server's JSON, which has every definition in full.
 */
export const LLMS_DESCRIPTION_CHARS = 4_000;

function description(t: ToolEntry): string {
  const text = t.tool.description ?? '';
  if (text.length <= LLMS_DESCRIPTION_CHARS) return text;
  return `${text.slice(0, LLMS_DESCRIPTION_CHARS).trimEnd()}…\n\n(Shortened: the full description is in ${absoluteUrl(apiServerPath(t.server.server.id))}.)`;
}

function toolFull(t: ToolEntry): string[] {
  const c = t.classification;
  return [
    `### ${oneLine(t.tool.name)}`,
    '',
    `- Page: ${absoluteUrl(t.url)}`,
    `- Category: ${t.category} (${c.origin}); risk class: ${t.risk}`,
    `- Parameters: ${t.parameterCount.total} (${t.parameterCount.required} required)${t.parameters.length > 0 ? `: ${t.parameters.filter((p) => p.depth === 0).map((p) => oneLine(p.name)).join(', ')}` : ''}`,
    `- Why: ${oneLine(c.rationale)}`,
    '',
    ...(t.tool.description ? [quoted(description(t)), ''] : []),
  ];
}

function serverFull(s: ServerEntry): string[] {
  return [
    `## ${oneLine(s.server.name)}`,
    '',
    `- Page: ${absoluteUrl(s.url)}`,
    `- JSON: ${absoluteUrl(apiServerPath(s.server.id))}`,
    `- Package: ${oneLine(s.server.package)}`,
    `- Tools: ${s.tools.length}, of which ${s.modifyingCount} can modify or destroy data`,
    `- Updated: ${s.server.updated}`,
    '',
    quoted(s.server.description),
    '',
    ...s.tools.flatMap(toolFull),
  ];
}

/** /llms-full.txt: every server and tool, with classification and description. */
export function llmsFullTxt(site: Site): string {
  return [...intro(site), ...site.servers.flatMap(serverFull)].join('\n');
}
