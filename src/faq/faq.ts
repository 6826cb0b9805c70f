import type { Category, RiskClass } from '../catalog/schema/category.ts';
import { count } from '../catalog/words.ts';
import { interceptCanTarget } from '../policy/dialects/intercept.ts';
import { describeRate, POLICY_DEFAULTS } from '../policy/intent.ts';

export interface FaqEntry {
  question: string;
  answer: string;
}

export interface FaqInput {
  toolName: string;
  serverName: string;
  packageName: string;
  category: Category;
  risk: RiskClass;
  /** First line of the description, if any. */
  summary: string;
  parameterCount: number;
  requiredCount: number;
}

/** What each category means for the person about to let an agent call the tool. */
const CATEGORY_MEANING: Record<Category, string> = {
  Read: 'it only reads data and does not change anything',
  Write: 'it creates or changes data',
  Execute: 'it runs commands, code or jobs',
  Destructive: 'it deletes or irreversibly changes data',
  Financial: 'it can move money or create financial obligations',
};

const RISK_ADVICE: Record<RiskClass, string> = {
  Low: 'Low-risk tools are usually allowed, with logging.',
  Medium: 'Medium-risk tools are usually allowed with a rate limit, so a looping agent cannot make many changes.',
  High: 'High-risk tools are usually rate-limited hard or put behind human approval.',
  Critical: 'Critical-risk tools are usually denied, or allowed only with human approval for each call.',
};

/**
 * The field names the answers quote, per dialect. Each must appear in that dialect's
 * snippets for the tool (the tests check it), so an answer never names a field the page
 * does not show.
 */
export const FAQ_FIELDS = {
  intercept: ['tools:', 'rate_limit', 'action: deny', 'on_deny', 'hide'],
  'agentcore-cedar': ['AgentCore::Action', 'permit', 'forbid'],
  'agentgateway-cel': ['mcpAuthorization', 'mcp.tool.name', 'deny'],
  'toolhive-cedar': ['Tool::', 'call_tool', 'permit', 'forbid'],
} as const;

/** Intercept's rate_limit value for a category, exactly as its snippet writes it. */
export const interceptRateLimit = (category: Category) => {
  const { limit, per } = POLICY_DEFAULTS[category].rateLimit;
  return `rate_limit: "${limit}/${per}"`;
};

function enforceAnswer(t: FaqInput): string {
  const intercept = interceptCanTarget(t.toolName)
    ? 'in Intercept, an entry keyed by the name under tools:; '
    : 'Intercept cannot target it, because it reads the name * as every tool; ';
  return `Put a policy engine or MCP gateway between the agent and ${t.serverName}, and add a rule that matches exactly the tool name ${t.toolName}: ${intercept}in Amazon Bedrock AgentCore Policy, a Cedar permit or forbid on its AgentCore::Action; in agentgateway, an mcpAuthorization rule on mcp.tool.name; in ToolHive, a Cedar permit or forbid of call_tool on its Tool:: entity. This page shows rules for allowing, denying, rate-limiting and hiding it in each. None of these engines has an approval step, so for approval the page shows the nearest rule, a deny.`;
}

function rateLimitAnswer(t: FaqInput): string {
  const rate = describeRate(POLICY_DEFAULTS[t.category].rateLimit);
  const others = 'Amazon Bedrock AgentCore Policy (Cedar), agentgateway (mcpAuthorization) and ToolHive (Cedar) decide each call on its own and have no per-tool rate limit; for them the page says so and shows the nearest rule, a permit or allow.';
  return interceptCanTarget(t.toolName)
    ? `Yes, with Intercept: a rule with ${interceptRateLimit(t.category)} under the tool's entry in tools: lets ${rate} through to ${t.toolName} and refuses the rest with its on_deny message. ${others}`
    : `Not by its name: Intercept, the one engine here that counts calls, reads the name * as every tool. ${others}`;
}

function blockAnswer(t: FaqInput): string {
  const intercept = interceptCanTarget(t.toolName)
    ? 'in Intercept, a rule with action: deny and an on_deny message (or the hide list, which also removes it from the tool list); '
    : '';
  return `Use the deny rule on this page: ${intercept}in AgentCore Policy and ToolHive, a Cedar forbid, which wins over any permit; in agentgateway, a deny rule on mcp.tool.name, which wins over any allow rule. It matches exactly ${t.toolName}, so other tools of ${t.serverName} keep working.`;
}

/** A quoted description ends the sentence: `"Create an issue".`, `"Creates a…".`, and `"Creates an issue."` as it is. */
const quotedSentence = (text: string) => `"${text}"${/[.!?]$/.test(text) ? '' : '.'}`;

/** The questions shown on a tool page (and in its FAQPage data), from templates per category and risk. */
export function toolFaq(t: FaqInput): FaqEntry[] {
  const params =
    t.parameterCount === 0
      ? 'It takes no parameters.'
      : `It takes ${count(t.parameterCount, 'parameter')} (${t.requiredCount} required).`;
  return [
    {
      question: `What does ${t.toolName} do?`,
      answer: `${t.toolName} is a tool of ${t.serverName}. ${t.summary ? `Its description says: ${quotedSentence(t.summary)} ` : 'Its server gives no description. '}${params} It is classified ${t.category}: ${CATEGORY_MEANING[t.category]}.`,
    },
    {
      question: `How do I enforce a policy on ${t.toolName}?`,
      answer: enforceAnswer(t),
    },
    {
      question: `What risk level is ${t.toolName}?`,
      answer: `${t.risk}. The risk class follows from its category, ${t.category}, because ${CATEGORY_MEANING[t.category]}. ${RISK_ADVICE[t.risk]}`,
    },
    {
      question: `Can I rate-limit ${t.toolName}?`,
      answer: rateLimitAnswer(t),
    },
    {
      question: `How do I block ${t.toolName} completely?`,
      answer: blockAnswer(t),
    },
    {
      question: `What MCP server provides ${t.toolName}?`,
      answer: `${t.serverName}, published as ${t.packageName}.`,
    },
  ];
}
