import MarkdownIt from 'markdown-it';
import { trimLineEnds } from '../catalog/words.ts';
import { EXTERNAL_REL, isExternal } from './external-links.ts';

// Tool descriptions are untrusted. markdown-it with `html: false` escapes every raw tag,
// and its link validator refuses javascript:, vbscript:, file: and data: URLs. Images are
// shown as links: the site loads nothing from other origins.
const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });

md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet('src') ?? '');
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  return `<a href="${md.utils.escapeHtml(src)}" rel="${EXTERNAL_REL}">${md.utils.escapeHtml(alt || 'image')}</a>`;
};
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', EXTERNAL_REL);
  return defaultLinkOpen(tokens, idx, options, env, self);
};
// Headings inside a description would fight the page's own outline: show them as strong paragraphs.
md.renderer.rules.heading_open = () => '<p><strong>';
md.renderer.rules.heading_close = () => '</strong></p>\n';

/**
 * Only absolute http(s) links survive. Relative links would point into our own site, and
 * in-page anchors at ids the description does not have; both are shown as plain text.
 */
md.validateLink = isExternal;

/**
 * Renders a description as a safe subset of Markdown. Python docstrings arrive indented,
 * which CommonMark would turn into code blocks, so common indentation is removed first.
 */
export function renderDescription(text: string): string {
  // Real descriptions carry trailing spaces (desktop-commander's code blocks); in the HTML they
  // show nothing, even inside <pre>, and markup checkers flag them, so they are dropped.
  return trimLineEnds(md.render(dedent(text)));
}

/** Removes the indentation shared by all lines after the first (docstring style). */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  const indent = Math.min(...rest.map((l) => /^[ \t]*/.exec(l)![0].length));
  if (!Number.isFinite(indent) || indent === 0) return lines.join('\n').trim();
  return [lines[0]!, ...lines.slice(1).map((l) => l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length)))].join('\n').trim();
}

/**
 * How much of a description a tool page shows. A few servers describe a tool in tens of
 * kilobytes; past this the page shows the start and links to the whole text, so no tool page
 * grows past ~12 KB gzipped for one long description.
 */
export const DESCRIPTION_PAGE_CHARS = 3_000;

/**
 * The start of a description as a tool page shows it, cut at the last paragraph break (or
 * line break, or space) before the limit, and how many characters are left out.
 */
export function descriptionOnPage(text: string, limit = DESCRIPTION_PAGE_CHARS): { text: string; omitted: number } {
  if (text.length <= limit) return { text, omitted: 0 };
  const head = text.slice(0, limit);
  const breakAt = [head.lastIndexOf('\n\n'), head.lastIndexOf('\n'), head.lastIndexOf(' ')].find((i) => i >= limit / 2) ?? limit;
  const shown = text.slice(0, breakAt).trimEnd();
  return { text: shown, omitted: text.length - shown.length };
}
