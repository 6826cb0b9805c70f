import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
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
  const problems: ParseProblem[] = [...doc.errors].map((e) => {
    const pos = lines.linePos(e.pos[0]);
    const message =
      e.code === 'DUPLICATE_KEY'
        ? `duplicate key "${/^[^:\n]*/.exec(text.slice(e.pos[0]))![0].trim()}": a key may appear once per mapping`
        : e.message.split('\n')[0]!;
    return { line: pos.line, column: pos.col, message };
  });
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

/** The data of a parsed document; alias expansion is capped so a bomb cannot exhaust memory. */
export function toData(source: YamlSource): { data: unknown } | { problem: ParseProblem } {
  try {
    return { data: source.doc.toJS({ maxAliasCount: LIMITS.yamlAliases }) };
  } catch (e) {
    return { problem: { line: 1, column: 1, message: `cannot be read: ${(e as Error).message}` } };
  }
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
