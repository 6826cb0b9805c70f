import { parse as parseCel } from '@marcbachmann/cel-js';
import { parse } from 'yaml';
import { z } from 'zod';

/** agentgateway's `mcpAuthorization` block: bare strings (legacy allow) or allow/deny/require rules. */
const celRule = z.union([
  z.string(),
  z.strictObject({ allow: z.string() }),
  z.strictObject({ deny: z.string() }),
  z.strictObject({ require: z.string() }),
]);
export const mcpAuthorizationSchema = z.strictObject({ mcpAuthorization: z.strictObject({ rules: z.array(celRule) }) });

type Compiled = { kind: 'allow' | 'deny' | 'require'; source: string; run: (ctx: Record<string, unknown>) => unknown };

/** Parses the YAML and compiles every CEL rule; throws on any error. */
export function verifyCel(text: string): Compiled[] {
  const result = mcpAuthorizationSchema.safeParse(parse(text));
  if (!result.success) throw new Error(`mcpAuthorization schema: ${z.prettifyError(result.error)}\n${text}`);
  return result.data.mcpAuthorization.rules.map((r) => {
    const [kind, source] = typeof r === 'string' ? (['allow', r] as const) : (Object.entries(r)[0] as ['allow' | 'deny' | 'require', string]);
    return { kind, source, run: parseCel(source) };
  });
}

/** A rule whose expression errors or gives a non-boolean counts as not matching. */
function matches(rule: Compiled, ctx: Record<string, unknown>): boolean {
  try {
    return rule.run(ctx) === true;
  } catch {
    return false;
  }
}

/**
 * agentgateway's combination: no rules allow; any matching deny denies; every require must
 * hold; any matching allow allows; with no allow rules what is left is allowed, else denied.
 */
export function celDecision(rules: Compiled[], call: { name: string; target: string }): 'allow' | 'deny' {
  if (rules.length === 0) return 'allow';
  const ctx = { mcp: { tool: { name: call.name, target: call.target } }, jwt: {} };
  if (rules.some((r) => r.kind === 'deny' && matches(r, ctx))) return 'deny';
  if (rules.some((r) => r.kind === 'require' && !matches(r, ctx))) return 'deny';
  if (rules.some((r) => r.kind === 'allow' && matches(r, ctx))) return 'allow';
  return rules.some((r) => r.kind === 'allow') ? 'deny' : 'allow';
}
