import jsyaml, { type EventType, type State } from 'js-yaml';
import { LineCounter } from 'yaml';
import { corePlainValue } from './quick-yaml.ts';
import { parseYaml, type Position, type YamlSource } from './source.ts';

/**
 * Positions in a catalog file read with js-yaml, for files that took the fast path.
 *
 * Placing a warning used to mean parsing the file again with the `yaml` package, which
 * keeps every node's range but is several times slower than js-yaml; on a large catalog
 * with a warning in nearly every file, that second parse was most of `npm run check`.
 * js-yaml can report where it starts each node (its `listener` option), and from that
 * offset the position the `yaml` package would give follows with a few rules.
 *
 * The rules cover what catalog files are made of: block and flow collections, plain,
 * quoted and block scalars, comments, empty values. Anything else (anchors, aliases, tags,
 * explicit `?` keys, a pair inside a flow sequence, a byte-order mark, a lone carriage
 * return) makes the answer "unsure", and the caller asks the careful parser instead, so a
 * position is always the one the careful parser gives.
 */
export interface QuickPositions {
  /** Like `YamlSource.locate`, or undefined when only the careful parser can say. */
  locate(path: ReadonlyArray<PropertyKey>, atKey?: boolean): Position | undefined;
}

/**
 * A YamlSource that reads the file only when something asks for a position (a rule that
 * found a problem). Files read the fast way never pay for positions, and their text is not
 * kept in memory for the whole build. Positions come from a js-yaml read of the file
 * (below); the careful parser is asked only where that read is unsure.
 */
export function lazySource(readText: () => string): YamlSource {
  let text: string | undefined;
  let quick: QuickPositions | undefined;
  let careful: YamlSource | undefined;
  const read = () => (text ??= readText());
  const parsed = () => (careful ??= parseYaml(read()).source);
  return {
    get doc() {
      return parsed().doc;
    },
    get lines() {
      return parsed().lines;
    },
    locate(path, atKey) {
      if (!careful) quick ??= quickPositions(read());
      return quick?.locate(path, atKey) ?? parsed().locate(path, atKey);
    },
    release: () => {
      text = quick = careful = undefined;
    },
  };
}

/** One node as js-yaml read it. */
interface Spot {
  /** Where js-yaml began reading the node: before any space, comment or line break that leads to it. */
  open: number;
  /** null for an empty node (`key:` with nothing after it). */
  kind: 'mapping' | 'sequence' | 'scalar' | null;
  /** Keys and values alternating (a mapping), or items (a sequence). */
  children?: Spot[];
  /** A scalar's text, before any type is resolved (used to match keys). */
  text?: string;
}

/** Thrown inside a lookup when a node is outside what these rules cover. */
const UNSURE = Symbol('unsure');

/**
 * Reads `text` with js-yaml, keeping each node's opening offset. Undefined when js-yaml
 * reads it differently from how the `yaml` package builds its tree (see the checks below).
 */
export function quickPositions(text: string): QuickPositions | undefined {
  // js-yaml drops a leading BOM (shifting every offset) and takes a lone CR as a line break.
  if (text.startsWith('\uFEFF') || /\r(?!\n)/.test(text)) return undefined;
  const root = readSpots(text);
  if (!root) return undefined;

  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);

  /** The offset the `yaml` package gives as the node's range start. */
  const startOf = (spot: Spot): number => {
    if (spot.kind === null) return emptyStart(text, spot.open);
    const at = skipSeparation(text, spot.open);
    // `!tag`, `&anchor` and `*alias`: the `yaml` package starts such nodes after the properties.
    if ('!&*'.includes(text[at] ?? '!')) throw UNSURE;
    return at;
  };
  /** The value a key has in the `yaml` package's tree, where plain keys resolve to numbers, booleans or null. */
  const keyValue = (key: Spot): unknown => {
    if (key.kind !== 'scalar') return undefined; // a collection as a key never matches a path
    const first = text[startOf(key)];
    return first === '"' || first === "'" ? key.text : corePlainValue(key.text!);
  };
  /** The pair of `map` whose key is `key`, as `yaml`'s findPair matches it. */
  const pairOf = (map: Spot, key: PropertyKey): { key: Spot; value: Spot } | undefined => {
    const children = map.children ?? [];
    for (let i = 0; i < children.length; i += 2) {
      if (keyValue(children[i]!) === key) return { key: children[i]!, value: children[i + 1]! };
    }
    return undefined;
  };
  /** `doc.getIn(path, true)` of the `yaml` package. */
  const nodeAt = (path: ReadonlyArray<PropertyKey>): Spot | undefined => {
    let node: Spot | undefined = root;
    for (const key of path) {
      if (node?.kind === 'mapping') node = pairOf(node, key)?.value;
      else if (node?.kind === 'sequence') {
        const index = itemIndex(key);
        node = index === undefined ? undefined : node.children?.[index];
      } else return undefined;
    }
    return node;
  };
  /** Mirrors `rangeAt` in source.ts. */
  const offsetAt = (path: ReadonlyArray<PropertyKey>, atKey: boolean): number | undefined => {
    if (path.length === 0) return startOf(root);
    if (atKey) {
      const parent = nodeAt(path.slice(0, -1));
      const pair = parent?.kind === 'mapping' ? pairOf(parent, path[path.length - 1]!) : undefined;
      if (pair) return startOf(pair.key);
    }
    const node = nodeAt(path);
    return node && startOf(node);
  };

  return {
    locate(path, atKey = false) {
      try {
        for (let n = path.length; n >= 0; n--) {
          const offset = offsetAt(path.slice(0, n), atKey && n === path.length);
          if (offset !== undefined) {
            const pos = lines.linePos(offset);
            return { line: pos.line, column: pos.col };
          }
        }
        return { line: 1, column: 1 };
      } catch (e) {
        if (e === UNSURE) return undefined;
        throw e;
      }
    },
  };
}

/** The tree of nodes js-yaml reads, or undefined when its shape differs from the `yaml` package's. */
function readSpots(text: string): Spot | undefined {
  // The nodes being read, innermost last, each with the value of its child read last.
  const reading: Array<{ spot: Spot; lastRead?: unknown }> = [];
  const roots: Spot[] = [];
  let regular = true;
  const listener = (event: EventType, state: State): void => {
    if (event === 'open') {
      reading.push({ spot: { open: state.position, kind: null } });
      return;
    }
    const done = reading.pop()!;
    let spot = done.spot;
    spot.kind = state.kind;
    const children = spot.children;
    if (children?.length === 1 && done.lastRead === state.result && spot.kind !== null) {
      // js-yaml tries a mapping first where one may start (`- x`, `key:\n  x`): when none
      // does, the node is the one it read as the would-be first key.
      spot = children[0]!;
    } else if (spot.kind === 'scalar') {
      spot.children = undefined;
    } else if (spot.kind !== null) {
      // A mapping that ends where a key cannot start leaves the attempt as an empty node.
      if (spot.kind === 'mapping' && children?.length && children.length % 2 === 1 && children[children.length - 1]!.kind === null) children.pop();
      // Every key, value and item has a node of its own, or the tree differs from the `yaml`
      // package's: `- ` with nothing after it, `{a}`, `? a` with no value, `[a: 1]`.
      const expected = spot.kind === 'mapping' ? 2 * Object.keys(state.result as object).length : (state.result as unknown[]).length;
      if ((children?.length ?? 0) !== expected) regular = false;
    }
    if (spot.kind === 'scalar') spot.text ??= state.result as string;
    const parent = reading[reading.length - 1];
    if (parent) {
      (parent.spot.children ??= []).push(spot);
      parent.lastRead = state.result;
    } else roots.push(spot);
  };
  try {
    // Failsafe: every scalar stays text, which is cheaper; only keys are resolved, when matched.
    jsyaml.load(text, { schema: jsyaml.FAILSAFE_SCHEMA, listener });
  } catch {
    return undefined;
  }
  return regular && roots.length === 1 ? roots[0] : undefined;
}

/** Past spaces, tabs, line breaks and comments, where a node's content starts. */
function skipSeparation(text: string, at: number): number {
  for (;;) {
    const c = text[at];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') at++;
    else if (c === '#') {
      const eol = text.indexOf('\n', at);
      at = eol === -1 ? text.length : eol;
    } else return at;
  }
}

/**
 * Where the `yaml` package puts an empty value: just after the `:` and any spaces or tabs
 * that follow it on the line. js-yaml opens an empty block value right after the `:`; an
 * empty node anywhere else is left to the careful parser.
 */
function emptyStart(text: string, open: number): number {
  if (text[open - 1] !== ':') throw UNSURE;
  let at = open;
  while (text[at] === ' ' || text[at] === '\t') at++;
  const next = text[at];
  if (next === undefined || next === '\n' || next === '\r' || next === '#' || next === ',' || next === '}' || next === ']') return at;
  throw UNSURE; // a tag or anchor with nothing after it
}

/** `asItemIndex` of the `yaml` package: how a path key picks a sequence item. */
function itemIndex(key: PropertyKey): number | undefined {
  const index = key && typeof key === 'string' ? Number(key) : key;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : undefined;
}
