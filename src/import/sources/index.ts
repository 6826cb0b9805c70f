import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Origin } from '../../catalog/schema/origin.ts';
import { ImportError, type ImportedDefinition } from '../definition.ts';
import { importFromDockerCatalog } from './docker-catalog.ts';
import { importFromHttp } from './http.ts';
import { importFromJsonFile } from './json-file.ts';
import { ENV_PLACEHOLDER, importFromStdio } from './stdio.ts';

/** A folder is a Docker catalog entry; a file is a saved tools/list result. */
export function importFromPath(path: string): ImportedDefinition {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new ImportError(`Not found: ${path}`);
  }
  return isDir ? importFromDockerCatalog(path) : importFromJsonFile(path);
}

/**
 * Imports again the way a server was first imported. Variables take their value from
 * the environment when it sets them, else the recorded placeholder.
 */
export async function importFromOrigin(origin: Origin, env: NodeJS.ProcessEnv = process.env, root = process.cwd(), timeoutMs?: number): Promise<ImportedDefinition> {
  switch (origin.kind) {
    case 'stdio': {
      const values = Object.fromEntries(Object.keys(origin.env ?? {}).map((name) => [name, env[name] ?? origin.env?.[name] ?? ENV_PLACEHOLDER]));
      const def = await importFromStdio({ command: origin.command, env: values, timeoutMs });
      return { ...def, origin };
    }
    case 'streamable-http':
      return importFromHttp(origin.url, timeoutMs);
    case 'docker-catalog':
      return { ...importFromDockerCatalog(resolve(root, origin.path)), origin };
    case 'json-file':
      return { ...importFromJsonFile(resolve(root, origin.path)), origin };
  }
}
