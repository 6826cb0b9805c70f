// `npm run catalog:import -- <source> [options]`: adds or updates one server in the catalog
// from a live MCP server (--stdio, --url), a saved tools/list JSON file, or a Docker catalog folder.
import { parseArgs } from 'node:util';
import { catalogDir } from '../catalog/folder.ts';
import { ImportError, type ImportedDefinition, type ServerFields } from '../import/definition.ts';
import { formatReport, importServer } from '../import/save.ts';
import { importFromHttp } from '../import/sources/http.ts';
import { importFromPath } from '../import/sources/index.ts';
import { importFromStdio, splitCommand } from '../import/sources/stdio.ts';

const USAGE = `Usage: npm run catalog:import -- <source> [options]
  <source>               a Docker MCP catalog folder (server.yaml + tools.json) or a JSON file
                         with a tools/list result ({ "tools": [...] }) or an array of tools
  --stdio "<command>"    start a server and list its tools over stdio, e.g. "npx -y @scope/server@1.0.0"
  --url <url>            list the tools of a server speaking streamable HTTP
  --env KEY=VALUE        set a variable for --stdio (repeatable); only KEY is recorded
  --id <id>              the server id and file name (default: from the name)
  --name, --package, --description, --source-url, --homepage, --tag <t> (repeatable)
  --timeout <seconds>    per request (default 60)
  --dry-run              show what would change, write nothing`;

function envPairs(pairs: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new ImportError(`--env expects KEY=VALUE, got "${pair}"`);
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return env;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stdio: { type: 'string' },
      url: { type: 'string' },
      env: { type: 'string', multiple: true, default: [] },
      id: { type: 'string' },
      name: { type: 'string' },
      package: { type: 'string' },
      description: { type: 'string' },
      'source-url': { type: 'string' },
      homepage: { type: 'string' },
      tag: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const sources = [values.stdio, values.url, positionals[0]].filter((s) => s !== undefined);
  if (values.help || sources.length !== 1 || positionals.length > 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const timeoutMs = values.timeout ? Number(values.timeout) * 1000 : undefined;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new ImportError('--timeout expects a number of seconds');

  let definition: ImportedDefinition;
  if (values.stdio !== undefined) definition = await importFromStdio({ command: splitCommand(values.stdio), env: envPairs(values.env), timeoutMs });
  else if (values.url !== undefined) definition = await importFromHttp(values.url, timeoutMs);
  else definition = importFromPath(positionals[0]!);

  const given: ServerFields = {};
  if (values.name) given.name = values.name;
  if (values.package) given.package = values.package;
  if (values.description) given.description = values.description;
  if (values['source-url']) given.source = values['source-url'];
  if (values.homepage) given.homepage = values.homepage;
  if (values.tag) given.tags = values.tag;

  const result = importServer(definition, { catalogDir: catalogDir(), id: values.id, given, dryRun: values['dry-run'] });
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  console.log(formatReport(result.server.id, result.report));
  console.log(result.written ? `Wrote ${result.file}` : values['dry-run'] ? 'Dry run: nothing written' : `${result.file} is up to date`);
  return 0;
}

if (import.meta.main) {
  let code: number;
  try {
    code = await main(process.argv.slice(2));
  } catch (e) {
    const usage = String((e as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
    console.error(e instanceof ImportError || usage ? (e as Error).message : e);
    code = 1;
  }
  // Some servers leave the pipes of their ended process open (@mapbox/mcp-server via npx);
  // the work is done and written, so do not wait for them.
  process.exit(code);
}
