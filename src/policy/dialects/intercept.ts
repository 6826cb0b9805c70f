import type { Dialect, PolicyServer, PolicyTool, StarterEntry } from '../dialect.ts';
import { describeRate, type Intent } from '../intent.ts';
import { yamlString } from '../escape.ts';

// Intercept reads `tools."*"` as "every tool" and `hide: ["*"]` as "hide everything", so a
// tool literally named `*` cannot be targeted on its own.
const WILDCARD = '*';
export const interceptCanTarget = (name: string) => name !== WILDCARD;

const header = (description?: string) =>
  ['version: "1"', ...(description === undefined ? [] : [`description: ${yamlString(description)}`])];

function ruleLines(intent: Intent, indent: string): string[] {
  switch (intent.kind) {
    case 'deny':
      return [`${indent}- name: "deny"`, `${indent}  action: deny`, `${indent}  on_deny: ${yamlString(intent.message)}`];
    case 'rate-limit':
      return [
        `${indent}- name: "rate-limit"`,
        `${indent}  rate_limit: "${intent.limit}/${intent.per}"`,
        `${indent}  on_deny: ${yamlString(`Rate limit reached: ${describeRate(intent)}. Try again later.`)}`,
      ];
    default:
      return [];
  }
}

/** `tools.<name>` with its rules; an empty list lets the tool through a `default: deny`. */
function toolBlock(name: string, intent: Intent): string[] {
  const rules = ruleLines(intent, '      ');
  return rules.length === 0 ? [`  ${yamlString(name)}:`, '    rules: []'] : [`  ${yamlString(name)}:`, '    rules:', ...rules];
}

function render(intent: Intent, tool: PolicyTool): string | null {
  if (!interceptCanTarget(tool.name)) return null;
  switch (intent.kind) {
    case 'allow':
      return [...header(), 'default: deny', 'tools:', ...toolBlock(tool.name, intent)].join('\n') + '\n';
    case 'deny':
    case 'rate-limit':
      return [...header(), 'default: allow', 'tools:', ...toolBlock(tool.name, intent)].join('\n') + '\n';
    case 'hide':
      return [...header(), 'default: allow', 'hide:', `  - ${yamlString(tool.name)}`].join('\n') + '\n';
    case 'approval':
      return null;
  }
}

function summarize(intent: Intent, tool: PolicyTool): string {
  switch (intent.kind) {
    case 'allow':
      return `Allowlist: lets ${tool.name} through; with default: deny, every tool the file does not list is refused.`;
    case 'deny':
      return `Refuses every call to ${tool.name} with the on_deny message; other tools are allowed (default: allow).`;
    case 'rate-limit':
      return `Allows ${describeRate(intent)} to ${tool.name}, counted by the proxy, and refuses the rest with the on_deny message.`;
    case 'hide':
      return `Removes ${tool.name} from the tool list the agent sees and refuses calls to it.`;
    case 'approval':
      return '';
  }
}

function renderStarter(server: PolicyServer, entries: readonly StarterEntry[]): string {
  const listed = entries.filter((e) => interceptCanTarget(e.tool.name) && e.intent.kind !== 'hide');
  const hidden = entries.filter((e) => interceptCanTarget(e.tool.name) && e.intent.kind === 'hide');
  const lines = [...header(`Starter policy for ${server.name}, from MCP Tool Atlas`), 'default: deny'];
  if (hidden.length > 0) lines.push('hide:', ...hidden.map((e) => `  - ${yamlString(e.tool.name)}`));
  lines.push(listed.length === 0 ? 'tools: {}' : 'tools:');
  for (const e of listed) lines.push(...toolBlock(e.tool.name, e.intent));
  return lines.join('\n') + '\n';
}

export const intercept: Dialect = {
  id: 'intercept',
  label: 'Intercept',
  engine: 'Intercept (open-source MCP policy proxy)',
  language: 'yaml',
  fileSuffix: 'intercept.yaml',
  mediaType: 'application/yaml',
  docsUrl: 'https://github.com/policylayer/intercept',
  render: (intent, tool) => render(intent, tool),
  summarize: (intent, tool) => summarize(intent, tool),
  missing(intent, tool) {
    if (!interceptCanTarget(tool.name)) {
      return { reason: 'Intercept reads the tool name * as "every tool", so no rule can target a tool with that exact name.', alternative: null };
    }
    if (intent.kind === 'approval') {
      return { reason: 'Intercept has no approval step: a rule either lets a call through or refuses it. The nearest is a deny rule, so the tool runs only after a person changes the policy.', alternative: 'deny' };
    }
    return { reason: 'Intercept cannot express this.', alternative: null };
  },
  renderStarter,
  starterSummary: (server) =>
    `default: deny refuses any tool of ${server.name} the file does not list; each listed tool gets its category's rule (rules: [] lets it through, rate_limit caps it, action: deny refuses it).`,
};
