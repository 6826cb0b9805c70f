import { classifyTool } from '../classify/classify.ts';
import { LIMITS } from '../catalog/limits.ts';
import type { Server } from '../catalog/schema/server.ts';
import type { Tool } from '../catalog/schema/tool.ts';
import { toolPolicies } from '../policy/policies.ts';
import { searchDocument } from '../search/document.ts';
import { toolSearchRecord } from '../search/fields.ts';
import { descriptionOnPage, renderDescription } from '../site/markdown.ts';
import { buildSite } from '../site/model.ts';

// Catalog text comes from pull requests, so a regular expression that backtracks on some input
// is a way to stall every build. Each text below is as long as the catalog allows and made to
// defeat one kind of pattern; each step is what the build does with a tool's text. Timed here,
// in the bench, because speed is never asserted in tests.

const FILL = LIMITS.descriptionChars - 100;
const repeatTo = (unit: string, tail = '') => unit.repeat(Math.floor((FILL - tail.length) / unit.length)) + tail;

/** Texts that each defeat one kind of pattern, at the longest a description may be. */
export const HOSTILE_TEXTS: Record<string, string> = {
  'blanks, then a word': repeatTo(' ', 'x'),
  'tabs and blanks, then a word': repeatTo('\t ', 'x'),
  'stray **': repeatTo('**a '),
  'stray *': repeatTo('*a '),
  'stray __': repeatTo('__a '),
  'backtick runs': repeatTo('`` `'),
  'open brackets': repeatTo('[a'),
  'open links': repeatTo('[a](b '),
  'open tags': repeatTo('<a '),
  'nested quotes': repeatTo('> ', 'x'),
  'list markers': repeatTo('- '),
  'blank lines': repeatTo(' \n', 'x'),
  'punctuation, then a word': repeatTo('!', 'a'),
  'backslashes': repeatTo('\\'),
  'verbs': repeatTo('delete remove '),
};

/** What the build does with one tool's text, each timed apart. */
export const STEPS = ['classify', 'site model', 'description HTML', 'search document', 'policies'] as const;
export type Step = (typeof STEPS)[number];

export interface HostileRow {
  text: string;
  ms: Record<Step, number>;
}

function toolWith(text: string): Tool {
  return { name: 'hostile_tool', description: text, inputSchema: { type: 'object', properties: { a: { type: 'string', description: text } } } } as Tool;
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Times every step on every hostile text, once each (a stall shows as seconds, not as noise). */
export function timeHostileTexts(texts: Record<string, string> = HOSTILE_TEXTS): HostileRow[] {
  return Object.entries(texts).map(([name, text]) => {
    const tool = toolWith(text);
    const server = { id: 'hostile', name: 'Hostile', package: 'npm:hostile', description: text, transports: ['stdio'], added: '2026-01-01', updated: '2026-01-01', tools: [tool] } as Server;
    let site: ReturnType<typeof buildSite> | undefined;
    const ms: Record<Step, number> = {
      classify: timed(() => classifyTool(tool)),
      // The parameters are read where they are shown (a getter), so reading them is part of the model's cost.
      'site model': timed(() => (site = buildSite([server])).tools[0]!.parameters),
      'description HTML': timed(() => renderDescription(descriptionOnPage(text).text)),
      'search document': timed(() => searchDocument(toolSearchRecord(site!.tools[0]!))),
      policies: timed(() => toolPolicies(tool, server, 'Read')),
    };
    return { text: name, ms };
  });
}

/** The rows as a Markdown table, slowest step of each text last. */
export function hostileTable(rows: HostileRow[]): string {
  const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US')} ms`;
  return [
    `| Text (${FILL.toLocaleString('en-US')} characters) | ${STEPS.join(' | ')} | Slowest |`,
    `| --- | ${STEPS.map(() => '---').join(' | ')} | --- |`,
    ...rows.map((r) => `| ${r.text} | ${STEPS.map((s) => ms(r.ms[s])).join(' | ')} | ${ms(Math.max(...STEPS.map((s) => r.ms[s])))} |`),
  ].join('\n');
}
