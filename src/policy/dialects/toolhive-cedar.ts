import { statelessMissing, type Dialect, type PolicyServer, type PolicyTool, type StarterEntry } from '../dialect.ts';
import type { Intent } from '../intent.ts';
import { cedarString, yamlSingle } from '../escape.ts';

const CALL_TOOL = 'action == Action::"call_tool"';
const toolRef = (name: string) => `Tool::${cedarString(name)}`;
/** ToolHive makes `MCP::"<server name>"` the parent of the server's tools; we assume the name is the server id. */
const serverRef = (server: PolicyServer) => `MCP::${cedarString(server.id)}`;

interface Scope {
  resource: string;
  when?: string;
}
// Cedar's scope takes one entity; a set of tools goes in the condition.
const onTools = (names: string[]): Scope =>
  names.length === 1 ? { resource: `resource == ${toolRef(names[0]!)}` } : { resource: 'resource', when: `resource in [${names.map(toolRef).join(', ')}]` };
const statement = (effect: 'permit' | 'forbid', scope: Scope) =>
  `${effect}(principal, ${CALL_TOOL}, ${scope.resource})${scope.when ? ` when { ${scope.when} }` : ''};`;

function config(policies: string[]): string {
  return [
    'version: "1.0"',
    'type: cedarv1',
    'cedar:',
    policies.length === 0 ? '  policies: []' : '  policies:',
    ...policies.map((p) => `    - ${yamlSingle(p)}`),
    '  entities_json: "[]"',
  ].join('\n') + '\n';
}

function render(intent: Intent, tool: PolicyTool, server: PolicyServer): string | null {
  switch (intent.kind) {
    case 'allow':
      return config([statement('permit', onTools([tool.name]))]);
    case 'deny':
    case 'hide':
      return config([statement('permit', { resource: `resource in ${serverRef(server)}` }), statement('forbid', onTools([tool.name]))]);
    default:
      return null;
  }
}

function renderStarter(server: PolicyServer, entries: readonly StarterEntry[]): string {
  const allowed = entries.filter((e) => e.intent.kind === 'allow').map((e) => e.tool.name);
  const denied = entries.filter((e) => e.intent.kind === 'deny' || e.intent.kind === 'hide').map((e) => e.tool.name);
  const policies: string[] = [];
  if (allowed.length > 0) policies.push(statement('permit', onTools(allowed)));
  if (denied.length > 0) policies.push(statement('forbid', onTools(denied)));
  return config(policies);
}

export const toolhiveCedar: Dialect = {
  id: 'toolhive-cedar',
  label: 'ToolHive (Cedar)',
  engine: 'ToolHive authorization (Cedar)',
  language: 'yaml',
  fileSuffix: 'toolhive.yaml',
  mediaType: 'application/yaml',
  docsUrl: 'https://docs.stacklok.com/toolhive/reference/authz-policy-reference',
  render,
  summarize(intent, tool, server) {
    switch (intent.kind) {
      case 'allow':
        return `Permits call_tool on ${tool.name} only; ToolHive denies every call no policy permits.`;
      case 'hide':
        return `Forbids ${tool.name} while permitting the other tools of server ${server.id}; ToolHive filters tools/list to callable tools, so the agent never sees it.`;
      default:
        return `Permits the tools of server ${server.id} but forbids ${tool.name}; a forbid wins over any permit.`;
    }
  },
  missing: statelessMissing('ToolHive\'s Cedar authorization', { allow: 'a permit', deny: 'a forbid' }),
  renderStarter,
  starterSummary: (server) =>
    `Permits the tools of ${server.name} whose category allows them (rate-limited ones too, since Cedar keeps no counts) and forbids the rest; ToolHive denies any tool no policy permits.`,
};
