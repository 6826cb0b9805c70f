import type { Category } from '../catalog/schema/category.ts';
import { count } from '../catalog/words.ts';

/** What a policy should do with calls to one tool, independent of any engine. */
export const INTENT_KINDS = ['allow', 'deny', 'rate-limit', 'approval', 'hide'] as const;
export type IntentKind = (typeof INTENT_KINDS)[number];

export const WINDOWS = ['minute', 'hour', 'day'] as const;
export type Window = (typeof WINDOWS)[number];

export type Intent =
  | { kind: 'allow' }
  | { kind: 'deny'; message: string }
  | { kind: 'rate-limit'; limit: number; per: Window }
  | { kind: 'approval' }
  | { kind: 'hide' };

export interface CategoryPolicy {
  /** The rule we recommend for a tool of this category, and the server starter policy's entry for it. */
  recommended: IntentKind;
  /** The cap used wherever a rate limit for this category is shown. */
  rateLimit: { limit: number; per: Window };
  /** Why, in one sentence, for the policies page and the tool page. */
  reason: string;
}

/**
 * THE table of policy defaults: one row per category. The tool pages' recommended rule,
 * the rate-limit snippets and every server's starter policy are derived from it.
 */
export const POLICY_DEFAULTS: Record<Category, CategoryPolicy> = {
  Read: {
    recommended: 'allow',
    rateLimit: { limit: 120, per: 'minute' },
    reason: 'Reading changes nothing, so blocking it mostly blocks useful work.',
  },
  Write: {
    recommended: 'rate-limit',
    rateLimit: { limit: 30, per: 'hour' },
    reason: 'Writes are normal work, but a looping agent must not make hundreds of changes.',
  },
  Execute: {
    recommended: 'rate-limit',
    rateLimit: { limit: 10, per: 'hour' },
    reason: 'Running commands or jobs can do anything the server can; keep it rare, or behind approval where the engine has it.',
  },
  Destructive: {
    recommended: 'deny',
    rateLimit: { limit: 5, per: 'day' },
    reason: 'Deleting cannot be undone; allow it only for a person who asks for it, never by default.',
  },
  Financial: {
    recommended: 'deny',
    rateLimit: { limit: 5, per: 'day' },
    reason: 'Moving money creates obligations; an agent should not do it without a human.',
  },
};

export const INTENT_LABELS: Record<IntentKind, string> = {
  allow: 'Allow',
  deny: 'Deny',
  'rate-limit': 'Rate-limit',
  approval: 'Require approval',
  hide: 'Hide',
};

/** What an agent is told when a deny rule stops it, in words that fit the category. */
const DENY_MESSAGES: Record<Category, string> = {
  Read: 'Blocked by policy: this tool is not allowed here.',
  Write: 'Blocked by policy: changes through this tool are not allowed here.',
  Execute: 'Blocked by policy: running commands or jobs through this tool needs a person.',
  Destructive: 'Blocked by policy: deleting through this tool needs a person.',
  Financial: 'Blocked by policy: moving money through this tool needs a person.',
};

/** The concrete intent of a kind for a tool of a category: the deny message and the rate limit come from the table. */
export function intentFor(kind: IntentKind, category: Category): Intent {
  switch (kind) {
    case 'allow':
      return { kind };
    case 'deny':
      return { kind, message: DENY_MESSAGES[category] };
    case 'rate-limit':
      return { kind, ...POLICY_DEFAULTS[category].rateLimit };
    case 'approval':
      return { kind };
    case 'hide':
      return { kind };
  }
}

export function recommendedIntent(category: Category): Intent {
  return intentFor(POLICY_DEFAULTS[category].recommended, category);
}

/** "30 calls per hour" */
export function describeRate(intent: { limit: number; per: Window }): string {
  return `${count(intent.limit, 'call')} per ${intent.per}`;
}
