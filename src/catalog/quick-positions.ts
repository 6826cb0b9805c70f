import type { EventType, State } from 'js-yaml';
import { LineCounter } from 'yaml';
import type { Position } from './source.ts';

/**
 * Positions in a catalog file read with js-yaml, for files that take the fast path.
 *
 * Placing a finding used to mean parsing the file again with the `yaml` package, which
 * keeps every node's range but is several times slower than js-yaml; on a large catalog
 * with a warning in nearly every file, that second parse was most of `npm run check`.
 * js-yaml can report where it starts each node (its `listener` option), and from that
 * offset the position the `yaml` package would give follows with a few rules.
 *
 * The rules cover what catalog files are made of: block and flow collections, plain,
 * quoted and block scalars, comments, empty values. Anything else (anchors, aliases, tags,
 * explicit `?` keys, a pair inside a flow sequence, an empty sequence item, a byte-order
 * mark, a lone carriage return) makes the answer "unsure", and the caller asks the careful
 * parser instead, so a position is always the one the careful parser gives.
 */
export interface QuickPositions {
  /** Like `YamlSource.locate`, or undefined when only the careful parser can say. */
  locate(path: ReadonlyArray<PropertyKey>, atKey?: boolean): Position | undefined;
}

/** One node as js-yaml read it. */
interface Spot {
  /** Where js-yaml began reading the node: before any space, comment or line break that leads to it. */
  open: number;
  /** null for an empty node (`key:` with nothing after it) and for an alias. */
  kind: 'mapping' | 'sequence' | 'scalar' | null;
  /** Keys and values alternating (a mapping), or items (a sequence). */
  children?: Spot[];
  /** A scalar's value, to match keys against a path. */
  value?: unknown;
}

/**
 * Listens to one js-yaml read (pass `listener` to `load`) and keeps what the read shows
 * beyond the data: where each node starts, how deep nodes nest, and whether an alias
 * repeated an array or object.
 */
export class ReadRecorder {
  /** Whether an alias stood for an array or object, so that the data shares it (the shape of an alias bomb). */
  repeatsCollection = false;
  /** The deepest nesting of nodes read; the data nests no deeper (keys and scalars count as a level here). */
  deepest = 0;
  // The nodes being read, innermost last, each with the value of its child read last.
  private reading: Array<{ spot: Spot; lastRead?: unknown }> = [];
  private roots: Spot[] = [];
  private regular = true;

  readonly listener = (event: EventType, state: State): void => {
    if (event === 'open') {
      this.reading.push({ spot: { open: state.position, kind: null } });
      if (state.depth > this.deepest) this.deepest = state.depth;
      return;
    }
    const done = this.reading.pop()!;
    let spot = done.spot;
    spot.kind = state.kind;
    const children = spot.children;
    if (state.kind === null && state.result !== null && typeof state.result === 'object') {
      // Only an alias (`*x`) ends with no kind of its own and a collection as its value.
      this.repeatsCollection = true;
    } else if (children?.length === 1 && done.lastRead === state.result && spot.kind !== null) {
      // js-yaml tries a mapping first where one may start (`- x`, `key:\n  x`): when none
      // does, the node is the one it read as the would-be first key.
      spot = children[0]!;
    } else if (spot.kind === 'scalar') {
      spot.children = undefined;
      spot.value = state.result;
    } else if (spot.kind !== null) {
      // A block mapping ends where no key can start, and that attempt leaves an empty node.
      if (spot.kind === 'mapping' && children && children.length % 2 === 1 && children[children.length - 1]!.kind === null) children.pop();
      // Every key, value and item has a node of its own, or the tree differs from the `yaml`
      // package's: `- ` with nothing after it, `{a}`, `? a` with no value, `[a: 1]`.
      const expected = spot.kind === 'mapping' ? 2 * Object.keys(state.result as object).length : (state.result as unknown[]).length;
      if ((children?.length ?? 0) !== expected) this.regular = false;
    }
    const parent = this.reading[this.reading.length - 1];
    if (parent) {
      (parent.spot.children ??= []).push(spot);
      parent.lastRead = state.result;
    } else this.roots.push(spot);
  };

  /** The positions in `text` (the text that was read), or undefined when the read does not allow them. */
  positions(text: string): QuickPositions | undefined {
    // js-yaml drops a leading BOM (shifting every offset) and takes a lone CR as a line break.
    if (text.startsWith('\uFEFF') || /\r(?!\n)/.test(text)) return undefined;
    if (!this.regular || this.roots.length !== 1) return undefined;
    return positionsOf(text, this.roots[0]!);
  }
}

/** Thrown inside a lookup when a node is outside what these rules cover. */
const UNSURE = Symbol('unsure');

function positionsOf(text: string, root: Spot): QuickPositions {
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
  /** The pair of `map` whose key is `key`, as the `yaml` package's findPair matches it. */
  const pairOf = (map: Spot, key: PropertyKey): { key: Spot; value: Spot } | undefined => {
    const children = map.children ?? [];
    for (let i = 0; i < children.length; i += 2) {
      const k = children[i]!;
      startOf(k); // unsure of any key with a tag or anchor: it might read differently
      // A collection as a key never matches a path.
      if (k.kind === 'scalar' && k.value === key) return { key: k, value: children[i + 1]! };
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
  throw UNSURE; // an alias, or a tag or anchor with nothing after it
}

/** `asItemIndex` of the `yaml` package: how a path key picks a sequence item. */
function itemIndex(key: PropertyKey): number | undefined {
  const index = key && typeof key === 'string' ? Number(key) : key;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : undefined;
}
