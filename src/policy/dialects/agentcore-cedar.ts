import { statelessMissing, type Dialect, type PolicyServer, type PolicyTool, type StarterEntry } from '../dialect.ts';
import type { Intent } from '../intent.ts';
import { cedarString } from '../escape.ts';

/** Stands for the user's gateway; AgentCore needs the real ARN before it accepts the policy. */
export const GATEWAY_ARN_PLACEHOLDER = 'arn:aws:bedrock-agentcore:REGION:ACCOUNT_ID:gateway/GATEWAY_ID';

/**
 * AgentCore names a tool's action `<gateway target>___<tool>`. We assume the target is named
 * like the server's id; a differently named target changes this prefix.
 */
export const agentCoreAction = (server: PolicyServer, tool: PolicyTool) => `${server.id}___${tool.name}`;

const scope = (actionLine: string) =>
  ['  principal is AgentCore::OAuthUser,', actionLine, `  resource == AgentCore::Gateway::${cedarString(GATEWAY_ARN_PLACEHOLDER)}`].join('\n');

const actionRef = (id: string) => `AgentCore::Action::${cedarString(id)}`;

function statement(effect: 'permit' | 'forbid', actions: string[]): string {
  const actionLine = actions.length === 1 ? `  action == ${actionRef(actions[0]!)},` : `  action in [\n${actions.map((a) => `    ${actionRef(a)}`).join(',\n')}\n  ],`;
  return `${effect}(\n${scope(actionLine)}\n);\n`;
}

function render(intent: Intent, tool: PolicyTool, server: PolicyServer): string | null {
  const action = agentCoreAction(server, tool);
  switch (intent.kind) {
    case 'allow':
      return statement('permit', [action]);
    case 'deny':
      return statement('forbid', [action]);
    default:
      return null;
  }
}

function renderStarter(server: PolicyServer, entries: readonly StarterEntry[]): string {
  const permitted = entries.filter((e) => e.intent.kind === 'allow').map((e) => agentCoreAction(server, e.tool));
  const forbidden = entries.filter((e) => e.intent.kind === 'deny').map((e) => agentCoreAction(server, e.tool));
  const parts = ['// Replace the gateway ARN; AgentCore stores each statement below as its own policy.\n'];
  if (permitted.length > 0) parts.push(statement('permit', permitted));
  if (forbidden.length > 0) parts.push(statement('forbid', forbidden));
  return parts.join('\n');
}

export const agentCoreCedar: Dialect = {
  id: 'agentcore-cedar',
  label: 'AgentCore (Cedar)',
  engine: 'Amazon Bedrock AgentCore Policy (Cedar)',
  language: 'cedar',
  fileSuffix: 'agentcore.cedar',
  mediaType: 'text/plain',
  docsUrl: 'https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/policy-scope.html',
  render,
  summarize(intent, tool, server) {
    const target = `gateway target ${server.id}`;
    return intent.kind === 'allow'
      ? `Permits OAuth users to call ${tool.name} through the ${target}; AgentCore denies whatever no policy permits.`
      : `Forbids every call to ${tool.name} through the ${target}; a forbid wins over any permit.`;
  },
  missing: statelessMissing('AgentCore Policy', { allow: 'a permit; cap the calls in front of the gateway', deny: 'a forbid' }, {
    hide: { reason: 'AgentCore Policy has no separate rule for hiding a tool from the tool list. The nearest is a forbid.', alternative: 'deny' },
  }),
  renderStarter,
  starterSummary: (server) =>
    `Permits the tools of ${server.name} whose category allows them (rate-limited ones too, since Cedar keeps no counts) and forbids the rest; AgentCore denies anything no policy permits.`,
};
