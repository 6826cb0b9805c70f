// `npm run catalog:refresh`: re-imports every server whose file records how it was imported
// (`origin`), keeping everything a person set. Not run in CI: it starts real servers.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { catalogDir } from '../catalog/folder.ts';
import type { Server } from '../catalog/schema/server.ts';
import { count } from '../catalog/words.ts';
import { formatReport, importServer, readExisting } from '../import/save.ts';
import { importFromOrigin } from '../import/sources/index.ts';
import { packageOf } from '../import/sources/stdio.ts';

/**
 * Catalog files come from pull requests, so a recorded command is not run blindly: only
 * `npx` of the very package the file names, unless the person running this says --trust.
 */
export function commandIsExpected(server: Server): boolean {
  if (server.origin?.kind !== 'stdio') return true;
  const pkg = packageOf(server.origin.command).package;
  return server.origin.command[0] === 'npx' && pkg !== undefined && pkg === server.package;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string', multiple: true },
      trust: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      timeout: { type: 'string' },
    },
  });
  const dir = catalogDir();
  const only = values.only ? new Set(values.only.flatMap((s) => s.split(','))) : undefined;
  const timeoutMs = values.timeout ? Number(values.timeout) * 1000 : undefined;
  let failed = 0;
  const files = readdirSync(join(dir, 'servers')).filter((n) => n.endsWith('.yaml') && !n.startsWith('.')).sort();
  for (const name of files) {
    const id = name.slice(0, -'.yaml'.length);
    if (only && !only.has(id)) continue;
    try {
      const server = readExisting(join(dir, 'servers', name));
      if (!server?.origin) {
        console.log(`${id}: skipped (no origin recorded)`);
        continue;
      }
      if (!values.trust && !commandIsExpected(server)) {
        console.log(`${id}: skipped: its command "${server.origin.kind === 'stdio' ? server.origin.command.join(' ') : ''}" does not run its package ${server.package} with npx (use --trust to run it)`);
        continue;
      }
      const definition = await importFromOrigin(server.origin, process.env, process.cwd(), timeoutMs);
      const result = importServer(definition, { catalogDir: dir, id, dryRun: values['dry-run'] });
      for (const w of result.warnings) console.warn(`${id}: warning: ${w}`);
      console.log(formatReport(id, result.report));
    } catch (e) {
      failed++;
      console.error(`${id}: ${(e as Error).message}`);
    }
  }
  if (failed > 0) console.error(`${count(failed, 'server')} could not be refreshed`);
  return failed > 0 ? 1 : 0;
}

// Exits explicitly: some ended servers leave pipes open that would keep Node waiting.
if (import.meta.main) process.exit(await main(process.argv.slice(2)));
