import { riskOf, type Category, type RiskClass } from '../catalog/schema/category.ts';
import type { Dialect, DialectId, PolicyServer, PolicyTool, StarterEntry } from './dialect.ts';
import { agentCoreCedar } from './dialects/agentcore-cedar.ts';
import { agentgatewayCel } from './dialects/agentgateway-cel.ts';
import { intercept } from './dialects/intercept.ts';
import { toolhiveCedar } from './dialects/toolhive-cedar.ts';
import { INTENT_KINDS, INTENT_LABELS, POLICY_DEFAULTS, intentFor, type Intent, type IntentKind } from './intent.ts';

/** Every dialect we show, in tab order. */
export const DIALECTS: readonly Dialect[] = [intercept, agentCoreCedar, agentgatewayCel, toolhiveCedar];

/** One snippet as a page shows it: the text and what it does, or why there is none and what comes nearest. */
export interface Snippet {
  intent: IntentKind;
  label: string;
  text: string | null;
  summary: string;
  /** Set when text is null. */
  missing?: { reason: string; alternative: { intent: IntentKind; label: string; text: string; summary: string } | null };
}

export interface DialectSnippets {
  dialect: Dialect;
  /** One snippet per intent, the category's recommended one first, as a page lists them. */
  intents: Snippet[];
}

export interface ToolPolicies {
  category: Category;
  risk: RiskClass;
  recommended: IntentKind;
  dialects: DialectSnippets[];
}

/** The published form: `policies.<dialect>.<intent>` is the snippet text, or null where the dialect has none. */
export interface ToolPolicyJson {
  server: string;
  tool: string;
  category: Category;
  risk: RiskClass;
  recommended: IntentKind;
  policies: Record<DialectId, Record<IntentKind, string | null>>;
}

function snippet(dialect: Dialect, kind: IntentKind, category: Category, tool: PolicyTool, server: PolicyServer): Snippet {
  const intent = intentFor(kind, category);
  const base = { intent: intent.kind, label: INTENT_LABELS[intent.kind] };
  const text = dialect.render(intent, tool, server);
  if (text !== null) return { ...base, text, summary: dialect.summarize(intent, tool, server) };
  const { reason, alternative } = dialect.missing(intent, tool);
  const altIntent = alternative === null ? null : intentFor(alternative, category);
  const altText = altIntent && dialect.render(altIntent, tool, server);
  return {
    ...base,
    text: null,
    summary: reason,
    missing: {
      reason,
      alternative:
        altIntent && altText
          ? { intent: altIntent.kind, label: INTENT_LABELS[altIntent.kind], text: altText, summary: dialect.summarize(altIntent, tool, server) }
          : null,
    },
  };
}

/** Every snippet of every dialect for one tool of a category. */
export function toolPolicies(tool: PolicyTool, server: PolicyServer, category: Category): ToolPolicies {
  const recommended = POLICY_DEFAULTS[category].recommended;
  const kinds = [recommended, ...INTENT_KINDS.filter((kind) => kind !== recommended)];
  return {
    category,
    risk: riskOf(category),
    recommended,
    dialects: DIALECTS.map((dialect) => ({
      dialect,
      intents: kinds.map((kind) => snippet(dialect, kind, category, tool, server)),
    })),
  };
}

export function toolPolicyJson(policies: ToolPolicies, tool: PolicyTool, server: PolicyServer): ToolPolicyJson {
  const byDialect = Object.fromEntries(
    policies.dialects.map((d) => [d.dialect.id, Object.fromEntries(INTENT_KINDS.map((kind) => [kind, d.intents.find((s) => s.intent === kind)!.text]))]),
  ) as ToolPolicyJson['policies'];
  return { server: server.id, tool: tool.name, category: policies.category, risk: policies.risk, recommended: policies.recommended, policies: byDialect };
}

/**
 * The intent a starter policy gives a tool in a dialect: its category's recommendation,
 * or the dialect's nearest alternative where it cannot express that.
 */
export function starterIntent(dialect: Dialect, tool: PolicyTool, server: PolicyServer, category: Category): Intent | null {
  let kind: IntentKind | null = POLICY_DEFAULTS[category].recommended;
  const seen = new Set<IntentKind>();
  while (kind !== null && !seen.has(kind)) {
    seen.add(kind);
    const intent = intentFor(kind, category);
    if (dialect.render(intent, tool, server) !== null) return intent;
    kind = dialect.missing(intent, tool).alternative;
  }
  return null;
}

export interface StarterPolicy {
  dialect: Dialect;
  fileName: string;
  text: string;
  summary: string;
}

/** The whole-server starter policy in every dialect. */
export function starterPolicies(server: PolicyServer, tools: readonly { tool: PolicyTool; category: Category }[]): StarterPolicy[] {
  return DIALECTS.map((dialect) => {
    const entries: StarterEntry[] = [];
    for (const { tool, category } of tools) {
      const intent = starterIntent(dialect, tool, server, category);
      if (intent) entries.push({ tool, category, intent });
    }
    return {
      dialect,
      fileName: `${server.id}.${dialect.fileSuffix}`,
      text: dialect.renderStarter(server, entries),
      summary: dialect.starterSummary(server),
    };
  });
}
