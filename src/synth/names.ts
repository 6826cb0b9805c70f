import type { Category } from '../catalog/schema/category.ts';
import { toolSlug } from '../catalog/slug.ts';
import type { Random } from './random.ts';

export const NAME_STYLES = ['snake', 'kebab', 'camel', 'dotted'] as const;
export type NameStyle = (typeof NAME_STYLES)[number];

// Verbs the classifier reads as each category, so a synthetic catalog covers every category.
export const VERBS_BY_CATEGORY: Record<Category, readonly string[]> = {
  Read: ['get', 'list', 'search', 'fetch', 'describe', 'query', 'read', 'find', 'inspect'],
  Write: ['create', 'update', 'set', 'upload', 'send', 'rename', 'add', 'edit', 'publish'],
  Execute: ['run', 'execute', 'invoke', 'deploy', 'trigger', 'exec', 'restart'],
  Destructive: ['delete', 'remove', 'purge', 'drop', 'terminate', 'revoke', 'wipe'],
  Financial: ['pay', 'refund', 'transfer', 'charge', 'payout', 'purchase'],
};

// Nouns that are neither verbs nor money words, so the verb alone decides the category.
const NOUNS = [
  'user', 'file', 'issue', 'repository', 'record', 'bucket', 'message', 'channel', 'document', 'table',
  'cluster', 'node', 'queue', 'topic', 'ticket', 'project', 'page', 'workspace', 'secret', 'database',
  'instance', 'volume', 'snapshot', 'alert', 'dashboard', 'contact', 'calendar', 'event', 'note', 'task',
  'container', 'image', 'branch', 'release', 'comment', 'webhook', 'account', 'customer', 'report', 'model',
];
// Names without a verb, as real servers have them (`weather_forecast`, `créer_fiche`).
const VERBLESS = [['weather', 'forecast'], ['cpu', 'usage'], ['créer', 'fiche'], ['données', 'météo'], ['time', 'zone']];

/** Joins lowercase words in one of the naming styles real MCP servers use. */
export function styleName(words: readonly string[], style: NameStyle): string {
  switch (style) {
    case 'snake':
      return words.join('_');
    case 'kebab':
      return words.join('-');
    case 'camel':
      return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
    case 'dotted':
      // `files.read`: noun first, then the verb.
      return [...words.slice(1), words[0]!].join('.');
  }
}

/**
 * Hands out tool names for one server: unique, and unique after slugging too, so no two
 * tools share a page (the check would refuse that).
 */
export function nameMaker(rnd: Random): (category: Category) => string {
  const names = new Set<string>();
  const slugs = new Set<string>();
  return (category) => {
    const style = rnd.pick(NAME_STYLES);
    const words = rnd.chance(0.03)
      ? [...rnd.pick(VERBLESS)]
      : [rnd.pick(VERBS_BY_CATEGORY[category]), rnd.pick(NOUNS), ...(rnd.chance(0.4) ? [rnd.pick(NOUNS)] : [])];
    for (let n = 1; ; n++) {
      const name = styleName(n === 1 ? words : [...words, `v${n}`], style);
      const slug = toolSlug(name);
      if (!names.has(name) && !slugs.has(slug)) {
        names.add(name);
        slugs.add(slug);
        return name;
      }
    }
  };
}
