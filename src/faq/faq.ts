import type { Category, RiskClass } from '../catalog/schema/category.ts';

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
  Critical: 'Critical tools are usually denied, or allowed only with human approval for each call.',
};

/** The questions shown on a tool page (and in its FAQPage data), from templates per category and risk. */
export function toolFaq(t: FaqInput): FaqEntry[] {
  const params =
    t.parameterCount === 0
      ? 'It takes no parameters.'
      : `It takes ${t.parameterCount} parameter${t.parameterCount === 1 ? '' : 's'} (${t.requiredCount} required).`;
  return [
    {
      question: `What does ${t.toolName} do?`,
      answer: `${t.toolName} is a tool of ${t.serverName}. ${t.summary ? `Its description says: "${t.summary}" ` : 'Its server gives no description. '}${params} It is classified ${t.category}: ${CATEGORY_MEANING[t.category]}.`,
    },
    {
      question: `How do I enforce a policy on ${t.toolName}?`,
      answer: `Put a policy engine or MCP gateway between the agent and ${t.serverName}, and add a rule that matches the tool name ${t.toolName}. This page shows ready rules for allow, deny, rate-limit and approval in each supported dialect.`,
    },
    {
      question: `What risk level is ${t.toolName}?`,
      answer: `${t.risk}. The risk class follows from its category, ${t.category}, because ${CATEGORY_MEANING[t.category]}. ${RISK_ADVICE[t.risk]}`,
    },
    {
      question: `Can I rate-limit ${t.toolName}?`,
      answer: `Yes, with an engine that counts calls per tool: the rate-limit snippet on this page caps calls to ${t.toolName} per minute, hour or day. Engines without per-tool rate limits are marked as such next to their snippet.`,
    },
    {
      question: `How do I block ${t.toolName} completely?`,
      answer: `Use the deny snippet on this page: it matches exactly the tool name ${t.toolName}, so other tools of ${t.serverName} keep working. Hiding the tool from the agent's tool list is stronger still where the engine supports it.`,
    },
    {
      question: `What MCP server provides ${t.toolName}?`,
      answer: `${t.serverName}, published as ${t.packageName}.`,
    },
  ];
}
