import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ImportError } from '../definition.ts';

/** Bytes read from one source file at most: tools.json files of real servers stay far below. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

/** Reads a source file, refusing huge ones before reading them. */
export function readSourceFile(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ImportError(`File not found: ${path}`);
  }
  if (size > MAX_SOURCE_BYTES) throw new ImportError(`${path} is ${size.toLocaleString('en-US')} bytes, over the limit of ${MAX_SOURCE_BYTES.toLocaleString('en-US')}`);
  return readFileSync(path, 'utf8');
}

export function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** How an origin records a path: relative to the repository root, with forward slashes. */
export function recordedPath(path: string, root = process.cwd()): string {
  const abs = resolve(path);
  const rel = relative(root, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : abs;
}
