import type { Category } from '../catalog/schema/category.ts';

/**
 * The words the classifier knows, in one place so a reviewer can read its whole
 * vocabulary. A "strong" verb says what a tool does on its own; a "weak" one
 * (`open`, `start`, `navigate`) depends on context, so a declared annotation wins over it.
 */
export interface VerbSense {
  category: Category;
  strong: boolean;
}

const strong = (category: Category, words: string): Array<[string, VerbSense]> =>
  words.split(/\s+/).filter(Boolean).map((w) => [w, { category, strong: true }]);
const weak = (category: Category, words: string): Array<[string, VerbSense]> =>
  words.split(/\s+/).filter(Boolean).map((w) => [w, { category, strong: false }]);

export const VERBS: ReadonlyMap<string, VerbSense> = new Map([
  ...strong('Read', `get list read search find fetch query describe show view lookup inspect count retrieve download
    browse explore analyze analyse review validate check compare diff explain summarize summarise recommend echo
    whoami print preview calculate compute estimate parse extract scrape crawl audit ping head tail grep scan
    detect identify locate geocode translate research lint test verify is has can does`),
  ...weak('Read', `return provide display monitor watch poll wait snapshot screenshot think reason plan visualize render
    export convert resolve map report`),
  ...strong('Write', `create add update edit write set put post patch modify insert upload send move rename copy merge
    push commit publish save store append assign replace upsert fork comment reply import register configure
    activate deactivate approve schedule invite share transition archive restore sync link attach annotate
    finalize complete`),
  ...weak('Write', `open close start stop initialize init connect enable disable tag label mark apply submit generate
    click type fill press select hover drag navigate resize install upgrade lock unlock pin star follow
    subscribe unsubscribe react draw scale forward manage`),
  ...strong('Destructive', `delete remove rm purge drop destroy truncate wipe erase terminate kill revoke reset unlink
    uninstall deregister unregister flush prune evict discard overwrite`),
  ...weak('Destructive', 'clear cancel cleanup clean'),
  ...strong('Execute', `execute exec run eval evaluate invoke spawn trigger deploy rebuild reboot restart launch
    compile interpret rerun retry`),
]);

/** Verbs that move money; only the word a name leads with counts, since they double as nouns (`high_refund_ratio`). */
export const MONEY_VERBS = new Set(['pay', 'charge', 'refund', 'transfer', 'withdraw', 'payout', 'purchase', 'buy', 'sell', 'checkout', 'capture', 'bill', 'tip', 'donate']);

/** Money verbs that mean money in a sentence too ("Captures the accessibility tree" does not). */
export const DESCRIPTION_MONEY_VERBS = new Set(['pay', 'refund', 'purchase', 'buy', 'withdraw', 'payout']);

/** Nouns that make a write move money: `create_invoice`, `send_payment`. */
export const MONEY_NOUNS = new Set([
  'payment', 'payments', 'payout', 'payouts', 'refund', 'refunds', 'invoice', 'invoices', 'charge', 'charges', 'transfer',
  'transfers', 'subscription', 'subscriptions', 'transaction', 'transactions', 'order', 'orders', 'checkout', 'purchase',
  'withdrawal', 'deposit', 'wire', 'money', 'funds',
]);

/** Nouns that make a write run something: `create_build`, `start_process`, `send_command`. */
export const EXEC_NOUNS = new Set(['command', 'commands', 'script', 'scripts', 'shell', 'code', 'sql', 'process', 'terminal', 'build', 'program', 'bash', 'javascript', 'python']);

/** Nouns that name a report or a reading when a name has no verb: `get_job_status` minus the verb. */
export const READ_NOUNS = new Set([
  'status', 'info', 'information', 'logs', 'log', 'stats', 'statistics', 'metrics', 'report', 'ratio', 'summary', 'details',
  'history', 'health', 'version', 'usage', 'tree', 'documentation', 'docs', 'transcript', 'weather', 'forecast', 'directions',
  'elevation', 'schema', 'definition', 'insights',
]);

/** Words a description may open with before its verb: "This tool creates…", "Use this to list…". */
export const DESCRIPTION_LEAD = /^(?:(?:this|the) (?:tool|function|endpoint|command) (?:will |can |is used to |lets you |allows you to )?|tool to |use (?:this|it) (?:tool )?to |used to |allows? (?:you |the user |users )?to |lets? (?:you )?|helps? (?:you )?(?:to )?|can be used to |you can |will |please |quickly |directly |simply |easily )+/i;

/** Phrases in a description that say data is lost for good. */
export const DESTRUCTIVE_PHRASE = /\b(?:permanently|irreversibl[ey]|cannot be undone|can(?:no|')t be (?:undone|recovered|reversed)|overwrit(?:e|es|ing|ten)|wipes?|erases?)\b/i;
/** Phrases in a description that promise nothing changes. */
export const READ_ONLY_PHRASE = /\b(?:read[- ]only|does not (?:modify|change|alter)|without (?:modifying|changing|side effects)|no side effects)\b/i;

/** Parameter names that say something about what a tool touches, and what they mean for a reader. */
export const PARAMETER_SIGNALS: Array<{ words: ReadonlySet<string>; kind: 'path' | 'command' | 'sql' | 'url' | 'money' | 'credential'; says: string }> = [
  { words: new Set(['path', 'paths', 'file', 'filepath', 'filename', 'directory', 'dir', 'folder']), kind: 'path', says: 'a file system path' },
  { words: new Set(['command', 'cmd', 'script', 'code', 'shell', 'expression', 'function']), kind: 'command', says: 'code or a command to run' },
  { words: new Set(['sql', 'query']), kind: 'sql', says: 'a query' },
  { words: new Set(['url', 'uri', 'urls', 'endpoint', 'href', 'link']), kind: 'url', says: 'a URL to reach' },
  { words: new Set(['amount', 'price', 'currency', 'cost', 'total']), kind: 'money', says: 'a sum of money' },
  { words: new Set(['token', 'secret', 'password', 'passphrase', 'apikey', 'key', 'credential', 'credentials']), kind: 'credential', says: 'a credential' },
];
