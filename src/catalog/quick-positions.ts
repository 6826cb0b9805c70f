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

/** Node kinds, as js-yaml names them; EMPTY for `key:` with nothing after it, and for an alias. */
const EMPTY = 0;
const SCALAR = 1;
const MAPPING = 2;
const SEQUENCE = 3;
const KINDS = { scalar: SCALAR, mapping: MAPPING, sequence: SEQUENCE } as const;

/** A list of integers that grows as needed: cheaper than a JS array for the many nodes of a file. */
class IntList {
  length = 0;
  private items = new Int32Array(1024);
  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }
  at(index: number): number {
    return this.items[index]!;
  }
  set(index: number, value: number): void {
    this.items[index] = value;
  }
}

/**
 * The nodes of a read, numbered in the order js-yaml began them. For node n, `fields` holds
 * FIELDS numbers from n * FIELDS: where js-yaml began reading the node (before any space,
 * comment or line break that leads to it), its kind, where a collection's children (keys
 * and values alternating, or items) start in `children` and how many there are, and where
 * its value is in `values` (kept for the scalars that may be keys, and for mappings).
 */
interface Tree {
  fields: IntList;
  children: IntList;
  values: unknown[];
}
const FIELDS = 5;
const OPEN = 0;
const KIND = 1;
const FIRST = 2;
const COUNT = 3;
const VALUE = 4;

const field = (tree: Tree, node: number, which: number): number => tree.fields.at(node * FIELDS + which);

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

  private readonly tree: Tree = { fields: new IntList(), children: new IntList(), values: [] };
  // The nodes being read, innermost last: each one's number, where its children start in
  // `pending`, and the value of its child read last.
  private readonly reading: number[] = [];
  private readonly pendingFrom: number[] = [];
  private readonly lastRead: unknown[] = [];
  private readonly pending: number[] = [];
  private readonly roots: number[] = [];
  private regular = true;

  readonly listener = (event: EventType, state: State): void => {
    const { fields } = this.tree;
    if (event === 'open') {
      this.reading.push(fields.length / FIELDS);
      this.pendingFrom.push(this.pending.length);
      this.lastRead.push(undefined);
      fields.push(state.position);
      fields.push(EMPTY);
      fields.push(0);
      fields.push(0);
      fields.push(-1);
      if (state.depth > this.deepest) this.deepest = state.depth;
      return;
    }
    let node = this.reading.pop()!;
    const from = this.pendingFrom.pop()!;
    const lastRead = this.lastRead.pop();
    const { pending, tree } = this;
    const kind = state.kind === null ? EMPTY : KINDS[state.kind];
    let count = pending.length - from;
    if (kind === EMPTY && state.result !== null && typeof state.result === 'object') {
      // Only an alias (`*x`) ends with no kind of its own and a collection as its value.
      this.repeatsCollection = true;
    } else if (kind !== EMPTY && count === 1 && lastRead === state.result) {
      // js-yaml tries a mapping first where one may start (`- x`, `key:\n  x`): when none
      // does, the node is the one it read as the would-be first key.
      node = pending[from]!;
    } else if (kind === SCALAR) {
      fields.set(node * FIELDS + KIND, SCALAR);
      // Keys come first in each pair: a scalar read at an odd place cannot be one.
      const parent = this.reading.length - 1;
      if (parent >= 0 && (pending.length - this.pendingFrom[parent]!) % 2 === 0) {
        fields.set(node * FIELDS + VALUE, tree.values.length);
        tree.values.push(state.result);
      }
    } else if (kind !== EMPTY) {
      fields.set(node * FIELDS + KIND, kind);
      // A block mapping ends where no key can start, and that attempt leaves an empty node.
      if (kind === MAPPING && count % 2 === 1 && field(tree, pending[pending.length - 1]!, KIND) === EMPTY) count--;
      if (kind === MAPPING) {
        // Checked when a lookup goes through it (see pairOf).
        fields.set(node * FIELDS + VALUE, tree.values.length);
        tree.values.push(state.result);
      } else if (count !== (state.result as unknown[]).length) {
        // Every item has a node of its own, or the items are not what the `yaml` package
        // reads: `- ` with nothing after it, `[a: 1]`.
        this.regular = false;
      }
      fields.set(node * FIELDS + FIRST, tree.children.length);
      fields.set(node * FIELDS + COUNT, count);
      for (let i = from; i < from + count; i++) tree.children.push(pending[i]!);
    }
    // What is left of a scalar's or an empty node's children were attempts, now done with.
    while (pending.length > from) pending.pop();
    const depth = this.reading.length;
    if (depth > 0) {
      pending.push(node);
      this.lastRead[depth - 1] = state.result;
    } else this.roots.push(node);
  };

  /** The positions in `text` (the text that was read), or undefined when the read does not allow them. */
  positions(text: string): QuickPositions | undefined {
    if (!this.regular || this.roots.length !== 1) return undefined;
    return positionsOf(text, this.tree, this.roots[0]!);
  }
}

/** The `i`th child of a collection, if it has one. */
function childOf(tree: Tree, node: number, i: number): number | undefined {
  return i < field(tree, node, COUNT) ? tree.children.at(field(tree, node, FIRST) + i) : undefined;
}

/** Thrown inside a lookup when a node is outside what these rules cover. */
const UNSURE = Symbol('unsure');

function positionsOf(text: string, tree: Tree, root: number): QuickPositions {
  // Made on the first lookup: most files read have nothing to place.
  let lines: LineCounter | 'unsure' | undefined;
  const lineCounter = (): LineCounter | 'unsure' => {
    if (lines) return lines;
    // js-yaml drops a leading BOM (shifting every offset) and takes a lone CR as a line break.
    if (text.startsWith('\uFEFF') || /\r(?!\n)/.test(text)) return (lines = 'unsure');
    lines = new LineCounter();
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
    return lines;
  };
  /** The offset the `yaml` package gives as the node's range start. */
  const startOf = (node: number): number => {
    if (field(tree, node, KIND) === EMPTY) return emptyStart(text, field(tree, node, OPEN));
    const at = skipSeparation(text, field(tree, node, OPEN));
    // `!tag`, `&anchor` and `*alias`: the `yaml` package starts such nodes after the properties.
    if ('!&*'.includes(text[at] ?? '!')) throw UNSURE;
    return at;
  };
  /** The key and value of `map` whose key is `key`, as the `yaml` package's findPair matches it. */
  const pairOf = (map: number, key: PropertyKey): [key: number, value: number] | undefined => {
    const count = field(tree, map, COUNT);
    // Every key and value has a node of its own, or the pairs are not what the `yaml`
    // package reads: `{a}` and `? a` leave a key with no value node.
    if (count !== 2 * Object.keys(tree.values[field(tree, map, VALUE)] as object).length) throw UNSURE;
    for (let i = 0; i < count; i += 2) {
      const k = childOf(tree, map, i)!;
      startOf(k); // unsure of any key with a tag or anchor: it might read differently
      // A collection as a key never matches a path.
      if (field(tree, k, KIND) === SCALAR && tree.values[field(tree, k, VALUE)] === key) return [k, childOf(tree, map, i + 1)!];
    }
    return undefined;
  };
  /** `doc.getIn(path, true)` of the `yaml` package. */
  const nodeAt = (path: ReadonlyArray<PropertyKey>): number | undefined => {
    let node: number | undefined = root;
    for (const key of path) {
      if (node === undefined) return undefined;
      const kind = field(tree, node, KIND);
      if (kind === MAPPING) node = pairOf(node, key)?.[1];
      else if (kind === SEQUENCE) {
        const index = itemIndex(key);
        node = index === undefined ? undefined : childOf(tree, node, index);
      } else return undefined;
    }
    return node;
  };
  /** Mirrors `rangeAt` in source.ts. */
  const offsetAt = (path: ReadonlyArray<PropertyKey>, atKey: boolean): number | undefined => {
    if (path.length === 0) return startOf(root);
    if (atKey) {
      const parent = nodeAt(path.slice(0, -1));
      const pair = parent !== undefined && field(tree, parent, KIND) === MAPPING ? pairOf(parent, path[path.length - 1]!) : undefined;
      if (pair) return startOf(pair[0]);
    }
    const node = nodeAt(path);
    return node === undefined ? undefined : startOf(node);
  };

  return {
    locate(path, atKey = false) {
      const lines = lineCounter();
      if (lines === 'unsure') return undefined;
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
