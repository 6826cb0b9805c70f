import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Intercept's policy file, strictly: every field the proxy reads and nothing else (the
 * proxy ignores unknown keys, which is how invented fields go unnoticed).
 */
const condition = z.strictObject({
  path: z.string().regex(/^(args|state)\./, 'path must start with args. or state.'),
  op: z.enum(['eq', 'neq', 'in', 'not_in', 'lt', 'lte', 'gt', 'gte', 'regex', 'contains', 'exists']),
  value: z.unknown(),
});
const state = z.strictObject({
  counter: z.string().min(1),
  window: z.enum(['minute', 'hour', 'day']),
  increment: z.number().int().optional(),
  increment_from: z.string().startsWith('args.').optional(),
});
const rule = z.strictObject({
  name: z.string().min(1),
  action: z.enum(['evaluate', 'deny']).optional(),
  rate_limit: z.string().regex(/^[1-9]\d*\/(minute|hour|day)$/, 'rate_limit must be "<n>/minute|hour|day"').optional(),
  conditions: z.array(condition).optional(),
  on_deny: z.string().optional(),
  state: state.optional(),
});
export const interceptPolicySchema = z.strictObject({
  version: z.literal('1'),
  description: z.string().optional(),
  default: z.enum(['allow', 'deny']).optional(),
  hide: z.array(z.string().refine((s) => s.trim() !== '', 'hide entries must not be empty')).optional(),
  tools: z.record(z.string(), z.strictObject({ rules: z.array(rule) })).optional(),
});
export type InterceptPolicy = z.infer<typeof interceptPolicySchema>;

/** The proxy's own validation rules, on top of the shape. */
function ruleErrors(policy: InterceptPolicy): string[] {
  const errors: string[] = [];
  if (policy.hide && new Set(policy.hide).size !== policy.hide.length) errors.push('hide: duplicate entry');
  for (const [tool, def] of Object.entries(policy.tools ?? {})) {
    def.rules.forEach((r, i) => {
      const at = `tools.${tool}.rules[${i}]`;
      const action = r.action ?? 'evaluate';
      if (action === 'deny' && r.conditions?.length) errors.push(`${at}: deny rules must not have conditions`);
      if (r.rate_limit !== undefined && (r.conditions?.length || r.state || action === 'deny'))
        errors.push(`${at}: rate_limit cannot be combined with conditions, state or deny`);
      if (action === 'evaluate' && r.rate_limit === undefined && !r.conditions?.length)
        errors.push(`${at}: evaluate rules need conditions or a rate_limit`);
      for (const c of r.conditions ?? []) {
        if ((c.op === 'in' || c.op === 'not_in') && !Array.isArray(c.value)) errors.push(`${at}: ${c.op} needs a list`);
        if (['lt', 'lte', 'gt', 'gte'].includes(c.op) && typeof c.value !== 'number') errors.push(`${at}: ${c.op} needs a number`);
        if (c.op === 'exists' && typeof c.value !== 'boolean') errors.push(`${at}: exists needs a boolean`);
      }
    });
  }
  return errors;
}

/** Parses and checks a snippet; throws with every problem listed. */
export function verifyIntercept(text: string): InterceptPolicy {
  const result = interceptPolicySchema.safeParse(parse(text));
  if (!result.success) throw new Error(`Intercept schema: ${z.prettifyError(result.error)}\n${text}`);
  const errors = ruleErrors(result.data);
  if (errors.length > 0) throw new Error(`Intercept rules: ${errors.join('; ')}\n${text}`);
  return result.data;
}

export type InterceptDecision = { kind: 'allow' } | { kind: 'deny' } | { kind: 'hidden' } | { kind: 'rate-limited'; limit: string };

/**
 * What the proxy does with a call to `name` (conditions aside): hide list first, then
 * default deny for unlisted tools, then the tool's rules and the `*` rules in order.
 */
export function interceptDecision(policy: InterceptPolicy, name: string): InterceptDecision {
  if (policy.hide?.some((h) => h === name || h === '*')) return { kind: 'hidden' };
  const tools = policy.tools ?? {};
  if ((policy.default ?? 'allow') === 'deny' && !Object.hasOwn(tools, name)) return { kind: 'deny' };
  const rules = [...(Object.hasOwn(tools, name) ? tools[name]!.rules : []), ...(name !== '*' && Object.hasOwn(tools, '*') ? tools['*']!.rules : [])];
  for (const r of rules) {
    if ((r.action ?? 'evaluate') === 'deny') return { kind: 'deny' };
    if (r.rate_limit) return { kind: 'rate-limited', limit: r.rate_limit };
    if (r.conditions?.length) throw new Error('interceptDecision: argument conditions are not modelled');
  }
  return { kind: 'allow' };
}
