import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverToYaml } from '../catalog/write.ts';
import type { Server } from '../catalog/schema/server.ts';

/** Writes servers as a catalog folder (`<dir>/servers/<id>.yaml`), replacing what was there. */
export function writeCatalog(dir: string, servers: readonly Server[]): void {
  const serversDir = join(dir, 'servers');
  rmSync(serversDir, { recursive: true, force: true });
  mkdirSync(serversDir, { recursive: true });
  for (const server of servers) writeFileSync(join(serversDir, `${server.id}.yaml`), serverToYaml(server));
}
