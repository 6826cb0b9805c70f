import { checkParsePolicySet, isAuthorized, validate, type EntityJson, type SchemaJson } from '@cedar-policy/cedar-wasm/nodejs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { PolicyServer, PolicyTool } from '../../../src/policy/dialect.ts';
import { agentCoreAction } from '../../../src/policy/dialects/agentcore-cedar.ts';

type CedarType = Record<string, unknown>;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON Schema type as AgentCore maps it to Cedar (string, integer, boolean, number, arrays, objects); others are left out. */
function cedarTypeOf(schema: unknown): CedarType | undefined {
  if (!isObject(schema)) return undefined;
  switch (schema.type) {
    case 'string':
      return { type: 'String' };
    case 'integer':
      return { type: 'Long' };
    case 'boolean':
      return { type: 'Boolean' };
    case 'number':
      return { type: 'Extension', name: 'decimal' };
    case 'array': {
      const element = cedarTypeOf(schema.items);
      return element && { type: 'Set', element };
    }
    case 'object':
      return recordOf(schema);
    default:
      return undefined;
  }
}

function recordOf(schema: Record<string, unknown>, prefix = ''): CedarType {
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const attributes: Record<string, CedarType> = {};
  for (const [key, value] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    const t = cedarTypeOf(value);
    if (t) attributes[`${prefix}${key}`] = { ...t, required: required.has(key) };
  }
  return { type: 'Record', attributes };
}

/** The schema AgentCore generates for a gateway target, mirrored: one action per tool, its input typed from inputSchema. */
export function agentCoreSchema(server: PolicyServer, tools: readonly PolicyTool[]): SchemaJson<string> {
  const actions: Record<string, unknown> = { Mcp: {}, CallTool: { memberOf: [{ id: 'Mcp' }] } };
  for (const tool of tools) {
    actions[agentCoreAction(server, tool)] = {
      memberOf: [{ id: 'CallTool' }],
      appliesTo: {
        principalTypes: ['OAuthUser'],
        resourceTypes: ['Gateway'],
        context: { type: 'Record', attributes: { input: recordOf(tool.inputSchema as Record<string, unknown>) } },
      },
    };
  }
  return {
    AgentCore: {
      entityTypes: {
        OAuthUser: { shape: { type: 'Record', attributes: { id: { type: 'String' } } }, tags: { type: 'String' } },
        Gateway: {},
      },
      actions,
    },
  } as unknown as SchemaJson<string>;
}

/** ToolHive's model, mirrored: clients call tools, tools belong to an MCP server and carry their arguments as `arg_*`. */
export function toolhiveSchema(tools: readonly PolicyTool[]): SchemaJson<string> {
  const args: Record<string, CedarType> = {};
  for (const tool of tools) {
    for (const [k, v] of Object.entries((recordOf(tool.inputSchema as Record<string, unknown>, 'arg_').attributes as Record<string, CedarType>))) {
      args[k] = { ...v, required: false };
    }
  }
  return {
    '': {
      entityTypes: {
        Client: {},
        MCP: {},
        Tool: { memberOfTypes: ['MCP'], shape: { type: 'Record', attributes: args } },
      },
      actions: { call_tool: { appliesTo: { principalTypes: ['Client'], resourceTypes: ['Tool'] } } },
    },
  } as unknown as SchemaJson<string>;
}

/** Parses a Cedar policy set and validates it against a schema (strict mode); throws with every error. */
export function verifyCedar(policies: string, schema: SchemaJson<string>): void {
  const parsed = checkParsePolicySet({ staticPolicies: policies });
  if (parsed.type !== 'success') throw new Error(`Cedar parse: ${parsed.errors.map((e) => e.message).join('; ')}\n${policies}`);
  const v = validate({ schema, policies: { staticPolicies: policies } });
  if (v.type !== 'success') throw new Error(`Cedar validate failed: ${v.errors.map((e) => e.message).join('; ')}\n${policies}`);
  if (v.validationErrors.length > 0)
    throw new Error(`Cedar validate: ${v.validationErrors.map((e) => e.error.message).join('; ')}\n${policies}`);
}

export interface CedarRequest {
  principal: { type: string; id: string };
  action: { type: string; id: string };
  resource: { type: string; id: string };
  context?: Record<string, unknown>;
  entities?: EntityJson[];
}

export function cedarDecision(policies: string, request: CedarRequest): 'allow' | 'deny' {
  const answer = isAuthorized({
    principal: request.principal,
    action: request.action,
    resource: request.resource,
    context: (request.context ?? {}) as never,
    policies: { staticPolicies: policies },
    entities: request.entities ?? [],
  });
  if (answer.type !== 'success') throw new Error(`Cedar isAuthorized: ${answer.errors.map((e) => e.message).join('; ')}`);
  if (answer.response.diagnostics.errors.length > 0)
    throw new Error(`Cedar evaluation errors: ${JSON.stringify(answer.response.diagnostics.errors)}`);
  return answer.response.decision;
}

/** ToolHive's authz config file; its `policies` joined into one Cedar policy set. */
const toolhiveConfigSchema = z.strictObject({
  version: z.literal('1.0'),
  type: z.literal('cedarv1'),
  cedar: z.strictObject({
    policies: z.array(z.string()),
    entities_json: z.string().refine((s) => Array.isArray(JSON.parse(s)), 'entities_json must be a JSON array'),
  }),
});
export function toolhivePolicies(text: string): string {
  const result = toolhiveConfigSchema.safeParse(parse(text));
  if (!result.success) throw new Error(`ToolHive config: ${z.prettifyError(result.error)}\n${text}`);
  return result.data.cedar.policies.join('\n');
}

export const AGENTCORE_USER = { type: 'AgentCore::OAuthUser', id: 'user-1' };
export const TOOLHIVE_CLIENT = { type: 'Client', id: 'user-1' };
