import { describe, expect, test } from 'vitest';
import type { PolicyServer, PolicyTool } from '../../src/policy/dialect.ts';
import { agentCoreAction, GATEWAY_ARN_PLACEHOLDER } from '../../src/policy/dialects/agentcore-cedar.ts';
import { intentFor, INTENT_KINDS, POLICY_DEFAULTS, type IntentKind } from '../../src/policy/intent.ts';
import { DIALECTS, starterIntent, starterPolicies, toolPolicies, type Snippet } from '../../src/policy/policies.ts';
import { CATALOGS, otherNames, siteOf } from './catalogs.ts';
import { AGENTCORE_USER, agentCoreSchema, cedarDecision, TOOLHIVE_CLIENT, toolhivePolicies, toolhiveSchema, verifyCedar } from './verifiers/cedar.ts';
import { celDecision, verifyCel } from './verifiers/cel.ts';
import { interceptDecision, verifyIntercept } from './verifiers/intercept.ts';

const BROAD_CEDAR_PERMIT = 'permit(principal, action, resource);';
const OTHER_TARGET = 'other-target';
const bare = (name: string): PolicyTool => ({ name, inputSchema: { type: 'object' } });

/** What each dialect's snippet must decide: for the tool itself, and for every other name. */
type Expect = { self: string; others: string };
const EXPECTED: Record<IntentKind, Expect> = {
  allow: { self: 'allow', others: 'deny' },
  deny: { self: 'deny', others: 'allow' },
  'rate-limit': { self: 'rate-limited', others: 'allow' },
  approval: { self: 'n/a', others: 'n/a' },
  hide: { self: 'hidden', others: 'allow' },
};

function checkIntercept(s: Snippet, tool: PolicyTool, limit: string) {
  const policy = verifyIntercept(s.text!);
  const self = interceptDecision(policy, tool.name);
  expect(self.kind).toBe(EXPECTED[s.intent].self);
  if (self.kind === 'rate-limited') expect(self.limit).toBe(limit);
  for (const other of otherNames(tool.name)) expect(interceptDecision(policy, other).kind, other).toBe(EXPECTED[s.intent].others);
}

function checkAgentCore(s: Snippet, tool: PolicyTool, server: PolicyServer) {
  const others = otherNames(tool.name);
  verifyCedar(s.text!, agentCoreSchema(server, [tool, ...others.map(bare)]));
  const call = (name: string, target = server) => ({
    principal: AGENTCORE_USER,
    action: { type: 'AgentCore::Action', id: agentCoreAction(target, bare(name)) },
    resource: { type: 'AgentCore::Gateway', id: GATEWAY_ARN_PLACEHOLDER },
    context: { input: {} },
  });
  // A forbid is only seen to work next to a permit that would otherwise let the call through.
  const policies = s.intent === 'allow' ? s.text! : `${s.text!}\n${BROAD_CEDAR_PERMIT}`;
  expect(cedarDecision(policies, call(tool.name))).toBe(EXPECTED[s.intent].self);
  for (const other of others) expect(cedarDecision(policies, call(other)), other).toBe(EXPECTED[s.intent].others);
  if (s.intent === 'allow') expect(cedarDecision(policies, call(tool.name, { id: OTHER_TARGET, name: '' }))).toBe('deny');
}

function checkAgentgateway(s: Snippet, tool: PolicyTool, server: PolicyServer) {
  const rules = verifyCel(s.text!);
  const self = s.intent === 'allow' ? 'allow' : 'deny';
  const others = s.intent === 'allow' ? 'deny' : 'allow';
  expect(celDecision(rules, { name: tool.name, target: server.id })).toBe(self);
  for (const other of otherNames(tool.name)) expect(celDecision(rules, { name: other, target: server.id }), other).toBe(others);
  if (s.intent === 'allow') expect(celDecision(rules, { name: tool.name, target: OTHER_TARGET })).toBe('deny');
  else {
    // A deny must hold even where a broad allow rule lets everything else through.
    const withBroadAllow = [...rules, ...verifyCel("mcpAuthorization:\n  rules:\n  - allow: 'true'\n")];
    expect(celDecision(withBroadAllow, { name: tool.name, target: OTHER_TARGET })).toBe('deny');
  }
}

function toolhiveEntities(server: PolicyServer, names: string[]) {
  const mcp = { type: 'MCP', id: server.id };
  return [
    { uid: mcp, attrs: {}, parents: [] },
    { uid: TOOLHIVE_CLIENT, attrs: {}, parents: [] },
    ...names.map((id) => ({ uid: { type: 'Tool', id }, attrs: {}, parents: [mcp] })),
  ];
}

function checkToolhive(s: Snippet, tool: PolicyTool, server: PolicyServer) {
  const others = otherNames(tool.name);
  const policies = toolhivePolicies(s.text!);
  verifyCedar(policies, toolhiveSchema([tool]));
  const entities = toolhiveEntities(server, [tool.name, ...others]);
  const call = (id: string) => ({ principal: TOOLHIVE_CLIENT, action: { type: 'Action', id: 'call_tool' }, resource: { type: 'Tool', id }, entities });
  const self = s.intent === 'allow' ? 'allow' : 'deny';
  expect(cedarDecision(policies, call(tool.name))).toBe(self);
  for (const other of others) expect(cedarDecision(policies, call(other)), other).toBe(s.intent === 'allow' ? 'deny' : 'allow');
  if (s.intent !== 'allow') expect(cedarDecision(`${policies}\n${BROAD_CEDAR_PERMIT}`, call(tool.name))).toBe('deny');
}

/** Intents each dialect has no snippet for: the page must say so rather than invent one. */
const NOT_EXPRESSIBLE: Record<string, IntentKind[]> = {
  intercept: ['approval'],
  'agentcore-cedar': ['rate-limit', 'approval', 'hide'],
  'agentgateway-cel': ['rate-limit', 'approval'],
  'toolhive-cedar': ['rate-limit', 'approval'],
};

for (const dir of CATALOGS) {
  const site = siteOf(dir);
  describe(`every snippet of every tool in ${dir}`, () => {
    test.each(site.tools.map((t) => [t.tool.name, t] as const))('%s', (_, entry) => {
      const { tool } = entry;
      const server = entry.server.server;
      const { limit, per } = POLICY_DEFAULTS[entry.category].rateLimit;
      const policies = toolPolicies(tool, server, entry.category);
      expect(policies.dialects.map((d) => d.dialect.id)).toEqual(DIALECTS.map((d) => d.id));
      for (const { dialect, intents } of policies.dialects) {
        // Every intent once, the category's recommended one first.
        expect(intents[0]!.intent).toBe(POLICY_DEFAULTS[entry.category].recommended);
        expect(intents.map((s) => s.intent).sort()).toEqual([...INTENT_KINDS].sort());
        for (const s of intents) {
          const unsupported = NOT_EXPRESSIBLE[dialect.id]!.includes(s.intent) || (dialect.id === 'intercept' && tool.name === '*');
          if (unsupported) {
            expect(s.text, `${dialect.id} ${s.intent}`).toBeNull();
            expect(s.missing?.reason).toBeTruthy();
            continue;
          }
          expect(s.text, `${dialect.id} ${s.intent}`).not.toBeNull();
          expect(s.summary).toBeTruthy();
          if (dialect.id === 'intercept') checkIntercept(s, tool, `${limit}/${per}`);
          if (dialect.id === 'agentcore-cedar') checkAgentCore(s, tool, server);
          if (dialect.id === 'agentgateway-cel') checkAgentgateway(s, tool, server);
          if (dialect.id === 'toolhive-cedar') checkToolhive(s, tool, server);
        }
      }
    });
  });

  describe(`every server's starter policy in ${dir}`, () => {
    test.each(site.servers.map((s) => [s.server.id, s] as const))('%s', (_, entry) => {
      const server = entry.server;
      const tools = entry.tools.map((t) => ({ tool: t.tool, category: t.category }));
      const unknown = 'not-in-catalog.tool-x';
      for (const starter of starterPolicies(server, tools)) {
        const { dialect, text } = starter;
        expect(starter.fileName).toBe(`${server.id}.${dialect.fileSuffix}`);
        const expected = new Map(tools.map(({ tool, category }) => [tool.name, starterIntent(dialect, tool, server, category)]));
        const decide = (name: string): string => {
          if (dialect.id === 'intercept') {
            const d = interceptDecision(verifyIntercept(text), name);
            return d.kind === 'rate-limited' ? `rate-limited ${d.limit}` : d.kind;
          }
          if (dialect.id === 'agentgateway-cel') return celDecision(verifyCel(text), { name, target: server.id });
          if (dialect.id === 'agentcore-cedar') {
            return cedarDecision(text, {
              principal: AGENTCORE_USER,
              action: { type: 'AgentCore::Action', id: agentCoreAction(server, bare(name)) },
              resource: { type: 'AgentCore::Gateway', id: GATEWAY_ARN_PLACEHOLDER },
              context: { input: {} },
            });
          }
          const names = [...expected.keys(), unknown];
          return cedarDecision(toolhivePolicies(text), {
            principal: TOOLHIVE_CLIENT,
            action: { type: 'Action', id: 'call_tool' },
            resource: { type: 'Tool', id: name },
            entities: toolhiveEntities(server, names),
          });
        };
        if (dialect.id === 'agentcore-cedar') verifyCedar(text, agentCoreSchema(server, [...tools.map((t) => t.tool), bare(unknown)]));
        if (dialect.id === 'toolhive-cedar') verifyCedar(toolhivePolicies(text), toolhiveSchema(tools.map((t) => t.tool)));
        for (const [name, intent] of expected) {
          if (intent === null) continue;
          const want =
            intent.kind === 'rate-limit' ? `rate-limited ${intent.limit}/${intent.per}` : intent.kind === 'hide' ? 'hidden' : intent.kind;
          expect(decide(name), `${dialect.id} ${name}`).toBe(want);
        }
        const anyAllowed = [...expected.values()].some((i) => i && i.kind !== 'deny' && i.kind !== 'hide');
        if (dialect.id !== 'agentgateway-cel' || anyAllowed) expect(decide(unknown), `${dialect.id} unknown tool`).toBe('deny');
      }
    });
  });
}

test('the intent model gives each category a recommendation every dialect can show or replace', () => {
  for (const category of Object.keys(POLICY_DEFAULTS) as (keyof typeof POLICY_DEFAULTS)[]) {
    for (const dialect of DIALECTS) expect(starterIntent(dialect, bare('x'), { id: 's', name: 'S' }, category)).not.toBeNull();
    expect(intentFor('rate-limit', category)).toMatchObject(POLICY_DEFAULTS[category].rateLimit);
  }
});
