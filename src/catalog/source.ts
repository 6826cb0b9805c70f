import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { LIMITS } from './limits.ts';

export interface Position {
  line: number;
  column: number;
}

/** A parsed catalog file that can say where any path of its data stands. */
export interface YamlSource {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Position of the value at `path` (or of its key), falling back to the nearest parent that exists. */
  locate(path: ReadonlyArray<PropertyKey>, atKey?: boolean): Position;
  /** Lets go of a parse made only for positions; the next `locate` parses again. */
  release?(): void;
}

export interface ParseProblem extends Position {
  message: string;
}

/** Decodes UTF-8 strictly; on failure, says on which line the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: ParseProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = loose.indexOf('\uFFFD');
    const before = loose.slice(0, Math.max(at, 0));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { problem: { line, column, message: 'is not valid UTF-8' } };
  }
}

/**
 * Parses YAML keeping source positions. Duplicate keys and alias bombs are errors;
 * every parser error comes back with its line and column.
 */
export function parseYaml(text: string): { source: YamlSource; problems: ParseProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const problems: ParseProblem[] = [];
  for (const e of doc.errors) {
    const pos = lines.linePos(e.pos[0]);
    // The parser recurses per nesting level; a hostile file can exhaust its stack.
    const message = /call stack/i.test(e.message)
      ? `is nested too deeply to read (values may nest at most ${LIMITS.valueDepth} levels)`
      : e.code === 'DUPLICATE_KEY'
        ? `duplicate key "${/^[^:\n]*/.exec(text.slice(e.pos[0]))![0].trim()}": a key may appear once per mapping`
        : e.message.split('\n')[0]!;
    // One failure can surface many times over (once per enclosing level): say it once per line.
    if (!problems.some((p) => p.line === pos.line && p.message === message)) problems.push({ line: pos.line, column: pos.col, message });
  }
  const locate = (path: ReadonlyArray<PropertyKey>, atKey = false): Position => {
    for (let n = path.length; n >= 0; n--) {
      const range = rangeAt(doc, path.slice(0, n), atKey && n === path.length);
      if (range) {
        const pos = lines.linePos(range);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { source: { doc, lines, locate }, problems };
}

/**
 * The data of a parsed document. What YAML allows but plain data cannot hold safely is an
 * error here, at its line: a `__proto__` key (it would replace an object's prototype), an
 * alias inside the node it repeats (a cycle), alias expansion past the limit (a "billion
 * laughs" bomb), and nesting past the limit.
 */
export function toData(source: YamlSource): { data: unknown } | { problem: ParseProblem } {
  const { doc, lines } = source;
  const at = (node: YamlNode | undefined, message: string): { problem: ParseProblem } => {
    const pos = node?.range ? lines.linePos(node.range[0]) : { line: 1, col: 1 };
    return { problem: { line: pos.line, column: pos.col, message } };
  };
  let found: { problem: ParseProblem } | undefined;
  let firstAlias: YamlNode | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') {
        found = at(pair.key, 'uses "__proto__" as a key, which JavaScript objects cannot hold');
        return visit.BREAK;
      }
    },
    Alias(_, alias, path) {
      firstAlias ??= alias;
      const target = alias.resolve(doc);
      if (target && path.includes(target)) {
        found = at(alias, `alias *${alias.source} is inside the node it repeats, which would never end`);
        return visit.BREAK;
      }
    },
  });
  if (found) return found;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (e) {
    const message = (e as Error).message;
    return /alias count/i.test(message)
      ? at(firstAlias, `YAML aliases expand to more than ${LIMITS.yamlAliases} copies (the limit); a "billion laughs" bomb?`)
      : at(undefined, `cannot be read: ${message}`);
  }
  const deep = pathDeeperThan(data, LIMITS.valueDepth);
  if (deep) {
    const pos = source.locate(deep);
    return { problem: { ...pos, message: `nested deeper than ${LIMITS.valueDepth} levels (the limit)` } };
  }
  return { data };
}

/** The path of the first value nested deeper than `limit` levels, if any (iterative: no stack to exhaust). */
export function pathDeeperThan(value: unknown, limit: number): PropertyKey[] | undefined {
  const stack: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= limit) return path;
    const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
    for (const [key, child] of entries) stack.push({ node: child, path: [...path, key] });
  }
  return undefined;
}

function rangeAt(doc: Document.Parsed, path: ReadonlyArray<PropertyKey>, atKey: boolean): number | undefined {
  if (path.length === 0) return doc.contents?.range?.[0];
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  const last = path[path.length - 1];
  if (atKey && isMap(parent)) {
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
    const key = pair?.key as { range?: [number, number, number] } | undefined;
    if (key?.range) return key.range[0];
  }
  const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
  return node?.range?.[0];
}
