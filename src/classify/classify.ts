import type { Category } from '../catalog/schema/category.ts';
import type { Tool } from '../catalog/schema/tool.ts';
import { count } from '../catalog/words.ts';
import { EXEC_NOUNS, MONEY_NOUNS, READ_NOUNS } from './lexicon.ts';
import { signalsOf, type FoundVerb, type Signals } from './signals.ts';

export type Confidence = 'high' | 'medium' | 'low';

export interface Classification {
  category: Category;
  confidence: Confidence;
  /** One or two sentences a reader can check against the evidence. */
  rationale: string;
  /** The exact words or fields the classification rests on. */
  evidence: string[];
  /** Signals that point elsewhere, shown rather than hidden. */
  conflicts: string[];
  /** Derived by the build, or reviewed and set by a contributor in the catalog file. */
  origin: 'derived' | 'reviewed';
}

const lower = (c: Category) => c.toLowerCase();
/** "a read verb", "an execute verb" */
const aVerb = (c: Category) => `${/^[AEIOU]/.test(c) ? 'an' : 'a'} ${lower(c)} verb`;
const verbEvidence = (v: FoundVerb) => `${v.where}: "${v.word}" is ${v.strong ? aVerb(v.category) : `a weak ${lower(v.category)} verb`}`;

/** Working state of one classification: the category so far and the reasons for it. */
interface Draft {
  category: Category;
  /** Independent sources (name, description, annotations) that agree with the category, by weight: 1 strong, 0.5 weak. */
  support: Map<'name' | 'description' | 'annotations', number>;
  reasons: string[];
  evidence: string[];
  conflicts: string[];
  /** A conflict was settled by caution rather than by evidence: a reviewer must look. */
  unsettled: boolean;
}

function back(d: Draft, source: 'name' | 'description' | 'annotations', weight: number): void {
  d.support.set(source, Math.max(d.support.get(source) ?? 0, weight));
}

/** Step 1: what the tool does according to its own words, strongest source first. */
function baseOf(tool: Tool, s: Signals): Draft {
  const d: Draft = { category: 'Write', support: new Map(), reasons: [], evidence: [], conflicts: [], unsettled: false };
  const hints = tool.annotations ?? {};
  if (s.nameVerb) {
    d.category = s.nameVerb.category;
    back(d, 'name', s.nameVerb.strong ? 1 : 0.5);
    d.evidence.push(verbEvidence(s.nameVerb));
    const kind = s.nameVerb.strong ? aVerb(s.nameVerb.category) : `a weak ${lower(s.nameVerb.category)} verb`;
    d.reasons.push(`the verb of its ${s.nameVerb.where.startsWith('title') ? 'title' : 'name'} is "${s.nameVerb.word}", ${kind}`);
  } else if (s.descriptionVerb) {
    d.category = s.descriptionVerb.category;
    back(d, 'description', s.descriptionVerb.strong ? 1 : 0.5);
    d.evidence.push(verbEvidence(s.descriptionVerb));
    d.reasons.push(`its name has no verb, and its description opens with "${s.descriptionVerb.word}", ${aVerb(s.descriptionVerb.category)}`);
    const noun = s.words.find((w) => READ_NOUNS.has(w));
    if (d.category === 'Read' && noun) {
      back(d, 'name', 0.5);
      d.evidence.push(`name "${tool.name}": "${noun}" names something to read`);
    }
  } else if (hints.readOnlyHint !== undefined) {
    d.category = hints.readOnlyHint ? 'Read' : hints.destructiveHint === true ? 'Destructive' : 'Write';
    d.reasons.push('neither its name nor its description has a known verb, so the declared annotations decide');
  } else {
    const noun = s.words.find((w) => READ_NOUNS.has(w));
    if (noun) {
      d.category = 'Read';
      back(d, 'name', 0.5);
      d.evidence.push(`name "${tool.name}": "${noun}" names something to read`);
      d.reasons.push(`its name has no verb but names something to read ("${noun}")`);
    } else {
      d.reasons.push('neither its name, its description nor its annotations say what it does');
    }
  }
  return d;
}

/** Step 2: nouns, phrases and parameters that make a write move money, run code or destroy data. */
function refine(tool: Tool, s: Signals, d: Draft): void {
  const moneyNoun = s.words.find((w) => MONEY_NOUNS.has(w));
  const moneyParam = s.parameters.find((p) => p.kind === 'money');
  const commandParam = s.parameters.find((p) => p.kind === 'command');
  const execNoun = s.words.find((w) => EXEC_NOUNS.has(w));
  if (d.category === 'Write' || d.category === 'Execute') {
    if (moneyNoun || moneyParam) {
      d.category = 'Financial';
      const what = moneyNoun ? `name "${tool.name}": "${moneyNoun}" is about money` : `inputSchema.properties.${moneyParam!.parameter}: ${moneyParam!.says}`;
      d.evidence.push(what);
      d.reasons.push(moneyNoun ? `and what it changes ("${moneyNoun}") moves or commits money` : `and it takes ${moneyParam!.says} ("${moneyParam!.parameter}")`);
      return;
    }
  }
  if (d.category === 'Write' && (execNoun || commandParam)) {
    d.category = 'Execute';
    d.evidence.push(execNoun ? `name "${tool.name}": "${execNoun}" is something that runs` : `inputSchema.properties.${commandParam!.parameter}: ${commandParam!.says}`);
    d.reasons.push(execNoun ? `and what it acts on ("${execNoun}") is something that runs` : `and it takes ${commandParam!.says} ("${commandParam!.parameter}")`);
  } else if (d.category === 'Read' && commandParam) {
    d.conflicts.push(`it reads by name, but it takes ${commandParam.says} in "${commandParam.parameter}", so it may run anything`);
    d.category = 'Execute';
    d.evidence.push(`inputSchema.properties.${commandParam.parameter}: ${commandParam.says}`);
    d.reasons.push(`but it takes ${commandParam.says} ("${commandParam.parameter}"), which can do anything`);
  }
  if (d.category === 'Write' && s.destructivePhrase) {
    d.category = 'Destructive';
    back(d, 'description', 0.5);
    d.evidence.push(`description: "${s.destructivePhrase}"`);
    d.reasons.push(`and its description says "${s.destructivePhrase}": data can be lost`);
  }
  const sql = s.parameters.find((p) => p.kind === 'sql');
  if (d.category === 'Read' && sql) {
    d.evidence.push(`inputSchema.properties.${sql.parameter}: ${sql.says}`);
    d.conflicts.push(`it takes SQL in "${sql.parameter}": whether that SQL can change data depends on the server, not the name`);
  }
}

/** Step 3: the description's own verb, as support or as a conflict. */
function weighDescription(s: Signals, d: Draft): void {
  const v = s.descriptionVerb;
  if (!v || d.evidence.includes(verbEvidence(v))) return;
  const phraseMadeDestructive = d.category === 'Destructive' && s.destructivePhrase !== undefined && v.category === 'Write';
  if (v.category === d.category || phraseMadeDestructive || (d.category === 'Financial' && v.category === 'Write') || (d.category === 'Execute' && v.category === 'Write' && !v.strong)) {
    back(d, 'description', v.strong ? 1 : 0.5);
    d.evidence.push(verbEvidence(v));
  } else if (v.strong && v.category !== 'Read' && d.category === 'Read') {
    d.conflicts.push(`the description opens with "${v.word}", ${aVerb(v.category)}, but the name says it reads`);
  } else if (v.strong && v.category !== d.category && !(v.category === 'Read' && d.category !== 'Read')) {
    d.conflicts.push(`the description opens with "${v.word}", ${aVerb(v.category)}`);
  }
  if (s.readOnlyPhrase && d.category === 'Read') {
    back(d, 'description', 0.5);
    d.evidence.push(`description: "${s.readOnlyPhrase}"`);
  }
}

/** Step 4: declared annotations confirm the category, or the conflict is shown and settled with caution. */
function weighAnnotations(tool: Tool, s: Signals, d: Draft): void {
  const hints = tool.annotations ?? {};
  if (hints.readOnlyHint === true) {
    d.evidence.push('annotations.readOnlyHint: true');
    if (d.category === 'Read') back(d, 'annotations', 1);
    else if (s.nameVerb?.strong && (d.support.get('name') ?? 0) >= 1) {
      d.conflicts.push(`the server declares readOnlyHint: true, but "${s.nameVerb.word}" is ${aVerb(d.category)}`);
      d.reasons.push('although the server declares it read-only; the name is trusted until a reviewer decides');
      d.unsettled = true;
    } else {
      d.conflicts.push(`the words suggested ${d.category}, but the server declares readOnlyHint: true`);
      d.category = 'Read';
      back(d, 'annotations', 1);
      d.reasons.push('but the server declares it read-only, and only a strong verb in its name would outweigh that');
    }
  } else if (hints.readOnlyHint === false) {
    d.evidence.push('annotations.readOnlyHint: false');
    if (d.category !== 'Read') back(d, 'annotations', 1);
    else {
      d.conflicts.push('the name says it reads, but the server declares readOnlyHint: false (it modifies its environment)');
      d.category = 'Write';
      d.reasons.push('but the server declares that it modifies its environment, so it is treated as a write until reviewed');
      d.unsettled = true;
    }
  }
  if (hints.readOnlyHint !== true && hints.destructiveHint !== undefined) {
    d.evidence.push(`annotations.destructiveHint: ${hints.destructiveHint}`);
    if (hints.destructiveHint && d.category === 'Destructive') back(d, 'annotations', 1);
    if (!hints.destructiveHint && d.category === 'Destructive') {
      d.conflicts.push(`"${s.nameVerb?.word ?? 'its words'}" says it destroys data, but the server declares destructiveHint: false`);
      d.reasons.push('although the server declares it not destructive; the cautious reading is kept until reviewed');
      d.unsettled = true;
    }
  }
}

function confidenceOf(d: Draft): Confidence {
  if (d.unsettled) return 'low';
  const weight = [...d.support.values()].reduce((a, b) => a + b, 0);
  if (weight >= 2 && d.conflicts.length === 0) return 'high';
  if (weight >= 1) return 'medium';
  return 'low';
}

/**
 * Derives a category from what the definition says: declared annotations, the verbs and
 * nouns of the name, the description, and the argument names. Deterministic, and every
 * decision names the words it rests on. Weak evidence is never allowed to read as safe:
 * a low-confidence Read is classified Write until a person reviews it.
 */
export function classifyTool(tool: Tool): Classification {
  const s = signalsOf(tool);
  const d = baseOf(tool, s);
  refine(tool, s, d);
  weighDescription(s, d);
  weighAnnotations(tool, s, d);
  for (const p of s.parameters) {
    if (p.kind === 'path' || p.kind === 'url' || p.kind === 'credential') d.evidence.push(`inputSchema.properties.${p.parameter}: ${p.says}`);
  }
  if (s.parameterCount > 0) d.evidence.push(`${count(s.parameterCount, 'parameter')}, ${s.requiredCount} required`);
  const confidence = confidenceOf(d);
  if (confidence === 'low' && d.category === 'Read') {
    d.category = 'Write';
    d.reasons.push('the evidence for a read is too weak, so it is treated as able to change data until reviewed');
  }
  const rationale = `${tool.name} is ${d.category}: ${d.reasons.join(', ')}.`;
  return { category: d.category, confidence, rationale, evidence: [...new Set(d.evidence)], conflicts: d.conflicts, origin: 'derived' };
}

// The check's needs-review warning and the site model both ask for every tool's
// classification; the build hands the checked tools to the model, so it is derived once.
const derivedOnce = new WeakMap<Tool, Classification>();

function derivedFor(tool: Tool): Classification {
  let derived = derivedOnce.get(tool);
  if (!derived) derivedOnce.set(tool, (derived = classifyTool(tool)));
  return derived;
}

/** The classification a page shows: the contributor's reviewed one when set, else the derived one. */
export function classificationOf(tool: Tool): Classification {
  const derived = derivedFor(tool);
  const reviewed = tool.classification;
  if (!reviewed) return derived;
  const conflicts =
    reviewed.category !== derived.category ? [`derived from the definition: ${derived.category} (${derived.rationale})`] : [];
  return {
    category: reviewed.category,
    confidence: 'high',
    rationale: reviewed.rationale,
    evidence: reviewed.evidence ?? derived.evidence,
    conflicts,
    origin: 'reviewed',
  };
}
