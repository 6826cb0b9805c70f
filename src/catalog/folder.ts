import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The catalog folder: `CATALOG_DIR` when set, else `catalog/` in the working directory. */
export function catalogDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CATALOG_DIR || 'catalog');
}

const KEY = Buffer.from('inputSchema');
const [QUOTE, APOSTROPHE, SPACE, TAB, COLON] = [0x22, 0x27, 0x20, 0x09, 0x3a];

/**
 * How many tools a catalog file declares, counted from their `inputSchema` keys (block or
 * flow style, quoted or not) without parsing: a byte search, so a large catalog is counted
 * in a fraction of the time a parse takes.
 */
export function roughToolCount(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(KEY); at >= 0; at = bytes.indexOf(KEY, at + KEY.length)) {
    let i = at + KEY.length;
    if (bytes[i] === QUOTE || bytes[i] === APOSTROPHE) i++;
    while (bytes[i] === SPACE || bytes[i] === TAB) i++;
    if (bytes[i] === COLON) count++;
  }
  return count;
}

/**
 * About how many tools the catalog in `dir` holds, read in a fraction of the check's time
 * (every tool must have an input schema). An estimate for sizing the build, never a check:
 * a file the check would reject still counts what it seems to hold, a missing folder is 0.
 */
export function roughCatalogToolCount(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(join(dir, 'servers')).filter((n) => n.endsWith('.yaml'));
  } catch {
    return 0;
  }
  // One buffer, grown to the largest file, for all files: the launcher that asks stays small
  // (reading each file into a new buffer left it ~40 MB larger at 50,000 tools).
  let buffer = Buffer.alloc(1 << 20);
  let tools = 0;
  for (const name of names) {
    let fd: number | undefined;
    try {
      fd = openSync(join(dir, 'servers', name), 'r');
      const size = fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.alloc(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buffer, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      tools += roughToolCount(buffer.subarray(0, read));
    } catch {
      // Unreadable here means unreadable for the check too, which reports it.
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return tools;
}
