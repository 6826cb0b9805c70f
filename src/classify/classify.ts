import type { Tool } from '../catalog/schema/tool.ts';
import type { Category } from '../catalog/schema/category.ts';
import { nameWords } from '../catalog/words.ts';

export type Confidence = 'high' | 'medium' | 'low';

export interface Classification {
  category: Category;
  confidence: Confidence;
  /** One sentence a reader can check against the evidence. */
  rationale: string;
  /** The exact words or fields the classification rests on. */
  evidence: string[];
  /** Signals that point elsewhere, shown rather than hidden. */
  conflicts: string[];
  /** Derived by the build, or reviewed and set by a contributor in the catalog file. */
  origin: 'derived' | 'reviewed';
}

// Verbs in a tool name, by what they do. The first word that matches decides, since
// tool names lead with their verb (`delete_file`, `list_jobs`).
const VERBS: Record<Category, readonly string[]> = {
  Financial: ['pay', 'charge', 'refund', 'transfer', 'withdraw', 'payout', 'purchase', 'buy', 'sell', 'invoice', 'checkout', 'capture'],
  Destructive: ['delete', 'remove', 'rm', 'purge', 'drop', 'destroy', 'truncate', 'wipe', 'erase', 'terminate', 'kill', 'revoke', 'reset', 'unlink', 'cancel', 'clear', 'uninstall', 'deregister', 'disable'],
  Execute: ['execute', 'exec', 'run', 'eval', 'evaluate', 'invoke', 'shell', 'command', 'script', 'spawn', 'trigger', 'deploy', 'rebuild', 'reboot', 'restart'],
  Write: ['create', 'add', 'update', 'edit', 'write', 'set', 'put', 'post', 'patch', 'modify', 'insert', 'upload', 'send', 'move', 'rename', 'copy', 'merge', 'push', 'commit', 'publish', 'initialize', 'init', 'connect', 'configure', 'enable', 'start', 'stop', 'save', 'store', 'append', 'assign', 'approve', 'close', 'open', 'fork', 'comment', 'reply', 'tag', 'label', 'import', 'register', 'finalize', 'apply', 'submit', 'generate', 'mark'],
  Read: ['get', 'list', 'read', 'search', 'find', 'fetch', 'query', 'describe', 'show', 'view', 'lookup', 'check', 'inspect', 'count', 'head', 'retrieve', 'download', 'browse', 'explore', 'analyze', 'review', 'validate', 'info', 'status', 'stats', 'logs', 'diff', 'compare', 'explain', 'summarize', 'recommend', 'guideline', 'directory', 'tree', 'echo', 'think', 'sequentialthinking', 'whoami', 'access', 'print', 'open_nodes'],
};

// Nouns that make an otherwise ordinary write move money.
const MONEY_NOUNS = ['payment', 'payments', 'invoice', 'refund', 'payout', 'charge', 'subscription', 'transfer', 'coupon', 'price', 'balance', 'order'];
// Nouns that make an execution tool of a generic verb.
const EXEC_NOUNS = ['sql', 'command', 'script', 'shell', 'code', 'query_sql', 'build', 'pipeline', 'workflow', 'job'];

const ORDER: Category[] = ['Financial', 'Destructive', 'Execute', 'Write', 'Read'];

function verbCategory(word: string): Category | undefined {
  return ORDER.find((c) => VERBS[c].includes(word));
}

/**
 * Derives a category from what the definition says: annotations, the verbs and nouns of
 * the name, and the description. Deterministic, and every decision names its evidence.
 */
export function classifyTool(tool: Tool): Classification {
  const words = nameWords(tool.name);
  const evidence: string[] = [];
  const conflicts: string[] = [];
  const hints = tool.annotations ?? {};

  // The name's own verb: the first word that is a known verb.
  let fromName: Category | undefined;
  let verb: string | undefined;
  for (const w of words) {
    const c = verbCategory(w);
    if (c) {
      fromName = c;
      verb = w;
      break;
    }
  }
  // A write that moves money is Financial: `create_invoice`, `create_refund`.
  const moneyNoun = words.find((w) => MONEY_NOUNS.includes(w));
  if ((fromName === 'Write' || fromName === 'Financial') && moneyNoun && verb !== 'list') {
    if (verb === 'create' || verb === 'finalize' || fromName === 'Financial') {
      fromName = 'Financial';
    }
  }
  if (fromName === 'Write' && words.some((w) => EXEC_NOUNS.includes(w)) && verb && ['start', 'create'].includes(verb) && words.includes('build')) {
    fromName = 'Execute';
  }
  if (verb) evidence.push(`name: "${tool.name}" leads with "${verb}"${moneyNoun && fromName === 'Financial' ? ` on "${moneyNoun}"` : ''}`);

  let category: Category;
  let confidence: Confidence;
  let rationale: string;

  if (hints.readOnlyHint === true) {
    evidence.push('annotations: readOnlyHint: true');
    if (fromName && fromName !== 'Read') {
      conflicts.push(`the name's verb "${verb}" suggests ${fromName}, but the server declares readOnlyHint: true`);
      category = fromName;
      confidence = 'low';
      rationale = `The name says ${fromName.toLowerCase()} although the server declares the tool read-only; the name is trusted until a reviewer decides.`;
    } else {
      category = 'Read';
      confidence = fromName ? 'high' : 'medium';
      rationale = 'The server declares the tool read-only' + (fromName ? ' and its name agrees.' : '.');
    }
  } else if (fromName) {
    category = fromName;
    confidence = 'medium';
    rationale = `The name's verb "${verb}" is a ${fromName.toLowerCase()} verb.`;
    if (hints.destructiveHint === true && (category === 'Write' || category === 'Execute')) {
      evidence.push('annotations: destructiveHint: true');
      conflicts.push(`the server declares destructiveHint: true on a tool whose name says ${category}`);
    }
    if (hints.destructiveHint === false && category === 'Destructive') {
      conflicts.push(`the name's verb "${verb}" is destructive, but the server declares destructiveHint: false`);
      confidence = 'low';
    }
    if (hints.readOnlyHint === false && category === 'Read') {
      conflicts.push('the name reads as a read, but the server declares readOnlyHint: false');
      confidence = 'low';
    }
    if (hints.readOnlyHint === false && category !== 'Read') {
      evidence.push('annotations: readOnlyHint: false');
      confidence = 'high';
    }
  } else if (hints.destructiveHint === true && hints.readOnlyHint === false) {
    category = 'Destructive';
    confidence = 'medium';
    evidence.push('annotations: readOnlyHint: false, destructiveHint: true');
    rationale = 'The server declares the tool destructive.';
  } else if (hints.readOnlyHint === false) {
    category = 'Write';
    confidence = 'medium';
    evidence.push('annotations: readOnlyHint: false');
    rationale = 'The server declares that the tool modifies its environment.';
  } else {
    // Nothing to go on: assume it can change things, and say so. Never silently Low risk.
    category = 'Write';
    confidence = 'low';
    rationale = 'Neither the name nor the annotations say what the tool does; it is treated as one that can modify data until reviewed.';
  }

  return { category, confidence, rationale, evidence, conflicts, origin: 'derived' };
}

/** The classification a page shows: the contributor's reviewed one when set, else the derived one. */
export function classificationOf(tool: Tool): Classification {
  const derived = classifyTool(tool);
  const reviewed = tool.classification;
  if (!reviewed) return derived;
  const conflicts =
    reviewed.category !== derived.category
      ? [`derived from the definition: ${derived.category} (${derived.rationale})`]
      : [];
  return {
    category: reviewed.category,
    confidence: 'high',
    rationale: reviewed.rationale,
    evidence: reviewed.evidence ?? derived.evidence,
    conflicts,
    origin: 'reviewed',
  };
}
