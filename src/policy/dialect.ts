import type { Category } from '../catalog/schema/category.ts';
import type { Server } from '../catalog/schema/server.ts';
import type { Tool } from '../catalog/schema/tool.ts';
import type { Intent, IntentKind } from './intent.ts';

export const DIALECT_IDS = ['intercept', 'agentcore-cedar', 'agentgateway-cel', 'toolhive-cedar'] as const;
export type DialectId = (typeof DIALECT_IDS)[number];

/** The parts of a tool a policy needs: its exact name, and its arguments for typed conditions. */
export type PolicyTool = Pick<Tool, 'name' | 'inputSchema'>;
/** The parts of a server a policy needs. */
export type PolicyServer = Pick<Server, 'id' | 'name'>;

/** One tool of a server with the intent the starter policy gives it. */
export interface StarterEntry {
  tool: PolicyTool;
  category: Category;
  intent: Intent;
}

/** Why a dialect has no snippet for an intent, and which of its snippets comes nearest. */
export interface Missing {
  reason: string;
  alternative: IntentKind | null;
}

export interface Dialect {
  id: DialectId;
  /** Tab label. */
  label: string;
  /** The engine's full name, for headings and prose. */
  engine: string;
  /** How the snippet text is written: for syntax hints and file types. */
  language: 'yaml' | 'cedar';
  /** File name ending of the downloadable starter policy: `<server-id>.<fileSuffix>`. */
  fileSuffix: string;
  mediaType: string;
  /** The engine's own documentation of the format. */
  docsUrl: string;
  /** The snippet for one intent on one tool, or null where the dialect cannot express it. */
  render(intent: Intent, tool: PolicyTool, server: PolicyServer): string | null;
  /** One line saying what the snippet does (only called where render gave text). */
  summarize(intent: Intent, tool: PolicyTool, server: PolicyServer): string;
  /** Why render gave null. */
  missing(intent: Intent, tool: PolicyTool): Missing;
  /** A whole-server starter policy, intents already reduced to ones the dialect can express. */
  renderStarter(server: PolicyServer, entries: readonly StarterEntry[]): string;
  starterSummary(server: PolicyServer): string;
}

/**
 * `missing` for engines that decide each call on its own: with no call counts there is no
 * rate limit (nearest: allow), and with no approval step the nearest is deny.
 */
export function statelessMissing(engine: string, words: { allow: string; deny: string }, special: Partial<Record<IntentKind, Missing>> = {}) {
  return (intent: Intent): Missing => {
    const own = special[intent.kind];
    if (own) return own;
    switch (intent.kind) {
      case 'rate-limit':
        return { reason: `${engine} decides each call on its own and keeps no call counts, so it has no per-tool rate limit. The nearest is ${words.allow}.`, alternative: 'allow' };
      case 'approval':
        return { reason: `${engine} has no approval step: a call is allowed or refused. The nearest is ${words.deny}, so the tool runs only after a person changes the policy.`, alternative: 'deny' };
      default:
        return { reason: `${engine} cannot express this.`, alternative: null };
    }
  };
}
