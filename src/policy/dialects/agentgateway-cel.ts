import { statelessMissing, type Dialect, type PolicyServer, type PolicyTool, type StarterEntry } from '../dialect.ts';
import type { Intent } from '../intent.ts';
import { celString, yamlSingle } from '../escape.ts';

// Rules go under a route's or backend's `policies:`; the target is assumed to be named like the server id.
const isTool = (name: string) => `mcp.tool.name == ${celString(name)}`;
const inTools = (names: string[]) => (names.length === 1 ? isTool(names[0]!) : `mcp.tool.name in [${names.map(celString).join(', ')}]`);
const onTarget = (server: PolicyServer, expr: string) => `mcp.tool.target == ${celString(server.id)} && ${expr}`;

const block = (rules: string[]) => ['mcpAuthorization:', '  rules:', ...rules].join('\n') + '\n';
const rule = (kind: 'allow' | 'deny', expr: string) => `  - ${kind}: ${yamlSingle(expr)}`;

function render(intent: Intent, tool: PolicyTool, server: PolicyServer): string | null {
  switch (intent.kind) {
    case 'allow':
      return block([rule('allow', onTarget(server, isTool(tool.name)))]);
    // A deny on the name alone cannot fail to match for a misnamed target, and on a tool
    // call `mcp.tool.name` is always a string, so the expression cannot error (which would not deny).
    case 'deny':
    case 'hide':
      return block([rule('deny', isTool(tool.name))]);
    default:
      return null;
  }
}

function renderStarter(server: PolicyServer, entries: readonly StarterEntry[]): string {
  const allowed = entries.filter((e) => e.intent.kind === 'allow').map((e) => e.tool.name);
  const denied = entries.filter((e) => e.intent.kind === 'deny' || e.intent.kind === 'hide').map((e) => e.tool.name);
  const rules: string[] = [];
  if (allowed.length > 0) rules.push(rule('allow', onTarget(server, inTools(allowed))));
  if (denied.length > 0) rules.push(rule('deny', inTools(denied)));
  return rules.length === 0 ? 'mcpAuthorization:\n  rules: []\n' : block(rules);
}

export const agentgatewayCel: Dialect = {
  id: 'agentgateway-cel',
  label: 'agentgateway (CEL)',
  engine: 'agentgateway MCP authorization (CEL)',
  language: 'yaml',
  fileSuffix: 'agentgateway.yaml',
  mediaType: 'application/yaml',
  docsUrl: 'https://agentgateway.dev/docs/local/latest/configuration/security/mcp-authz',
  render,
  summarize(intent, tool, server) {
    switch (intent.kind) {
      case 'allow':
        return `Allowlist: allows ${tool.name} on target ${server.id}; once any allow rule exists, agentgateway denies every call no allow rule matches.`;
      case 'hide':
        return `Denies ${tool.name}; agentgateway also leaves tools a caller may not call out of tools/list, so the agent never sees it.`;
      default:
        return `Denies every call to ${tool.name}, whatever other rules allow: a matching deny rule always wins.`;
    }
  },
  missing: statelessMissing('agentgateway\'s mcpAuthorization', { allow: 'an allow rule', deny: 'a deny rule' }, {
    'rate-limit': {
      reason: 'mcpAuthorization decides each call on its own and has no per-tool rate limit (agentgateway\'s rate limits count requests on a route, not calls to one tool). The nearest is an allow rule.',
      alternative: 'allow',
    },
  }),
  renderStarter,
  starterSummary: (server) =>
    `Allowlist for target ${server.id}: allows the tools of ${server.name} whose category allows them (rate-limited ones too, as there is no per-tool limit) and denies the rest. Resources and prompts need allow rules of their own.`,
};
