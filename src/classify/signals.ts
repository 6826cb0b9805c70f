import { toolTitle } from '../catalog/annotations.ts';
import type { Tool } from '../catalog/schema/tool.ts';
import { clip, nameWords } from '../catalog/words.ts';
import { DESCRIPTION_LEAD, DESCRIPTION_MONEY_VERBS, DESTRUCTIVE_PHRASE, MONEY_VERBS, PARAMETER_SIGNALS, READ_ONLY_PHRASE, VERBS, type VerbSense } from './lexicon.ts';

/** A verb found in a name, a title or a description, with the exact word it rests on. */
export interface FoundVerb extends VerbSense {
  word: string;
  /** Where it was found, quoted as evidence: `name "delete_file"`. */
  where: string;
}

export interface ParameterSignal {
  kind: (typeof PARAMETER_SIGNALS)[number]['kind'];
  parameter: string;
  says: string;
}

/** Everything the classifier reads from a definition, computed once. */
export interface Signals {
  words: string[];
  nameVerb?: FoundVerb;
  descriptionVerb?: FoundVerb;
  destructivePhrase?: string;
  readOnlyPhrase?: string;
  parameters: ParameterSignal[];
  parameterCount: number;
  requiredCount: number;
}

/**
 * The verb of a name: its first word when that is a verb (names lead with their verb:
 * `stop_search`), else the first strong verb, else the first weak one, so a noun that can
 * be a verb (`firecrawl_monitor_delete`) does not hide the real one. Money verbs count
 * only in first place: `refund_charge`, not `high_refund_ratio`.
 */
export function verbIn(words: string[], where: string): FoundVerb | undefined {
  const first = words[0];
  if (first !== undefined && MONEY_VERBS.has(first)) return { word: first, category: 'Financial', strong: true, where };
  const leading = first === undefined ? undefined : VERBS.get(first);
  if (leading) return { word: first!, ...leading, where };
  let weak: FoundVerb | undefined;
  for (const word of words) {
    const sense = VERBS.get(word);
    if (sense?.strong) return { word, ...sense, where };
    if (sense && !weak) weak = { word, ...sense, where };
  }
  return weak;
}

/** "Creates", "Searches", "Retrieves" → the lexicon's base form, when it has one. */
function baseForm(word: string): string | undefined {
  const w = word.toLowerCase();
  const candidates = [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')];
  return candidates.find((c) => VERBS.has(c) || DESCRIPTION_MONEY_VERBS.has(c));
}

/** The verb a description opens with, after "This tool…", "Use this to…" and the like. */
export function descriptionVerb(description: string | undefined): FoundVerb | undefined {
  const text = (description ?? '').trim();
  // The first sentence, found without splitting a long description into all of its sentences.
  const end = text.search(/(?<=[.!?])\s|\n/);
  const first = end === -1 ? text : text.slice(0, end);
  // "Notion | Search by title": a product prefix before a bar is not the sentence.
  const opening = first.replace(/^[#>*_`\s-]+/, '').replace(/^[^|]{1,40}\|\s*/, '').replace(DESCRIPTION_LEAD, '');
  const word = /^[A-Za-z]+/.exec(opening)?.[0];
  if (!word) return undefined;
  const base = baseForm(word);
  if (!base) return undefined;
  const where = `description "${clip(opening, 61)}"`;
  if (DESCRIPTION_MONEY_VERBS.has(base)) return { word: base, category: 'Financial', strong: true, where };
  return { word: base, ...VERBS.get(base)!, where };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the argument names say: a path, a command, SQL, a URL, money, a credential. */
export function parameterSignals(tool: Tool): ParameterSignal[] {
  const props = isObject(tool.inputSchema.properties) ? Object.keys(tool.inputSchema.properties) : [];
  const mentionsSql = /\bsql\b/i.test(tool.description ?? '') || nameWords(tool.name).includes('sql');
  const out: ParameterSignal[] = [];
  for (const parameter of props) {
    const words = nameWords(parameter);
    for (const signal of PARAMETER_SIGNALS) {
      let hit = words.some((w) => signal.words.has(w));
      if (signal.kind === 'credential') {
        // `key` alone is usually a lookup key (Redis, maps); only api/private/access/secret keys are credentials.
        hit = words.some((w, i) => (w === 'key' ? ['api', 'private', 'access', 'secret'].includes(words[i - 1] ?? '') : signal.words.has(w) && w !== 'key'));
      }
      if (signal.kind === 'sql') hit = words.includes('sql') || (words.includes('query') && mentionsSql);
      if (hit) out.push({ kind: signal.kind, parameter, says: signal.says });
    }
  }
  return out;
}

export function signalsOf(tool: Tool): Signals {
  const words = nameWords(tool.name);
  const title = toolTitle(tool);
  const nameVerb = verbIn(words, `name "${tool.name}"`) ?? (title ? verbIn(nameWords(title), `title "${title}"`) : undefined);
  const description = tool.description ?? '';
  const props = isObject(tool.inputSchema.properties) ? Object.keys(tool.inputSchema.properties) : [];
  return {
    words,
    nameVerb,
    descriptionVerb: descriptionVerb(description),
    destructivePhrase: DESTRUCTIVE_PHRASE.exec(description)?.[0],
    readOnlyPhrase: READ_ONLY_PHRASE.exec(description)?.[0],
    parameters: parameterSignals(tool),
    parameterCount: props.length,
    requiredCount: Array.isArray(tool.inputSchema.required) ? tool.inputSchema.required.length : 0,
  };
}
