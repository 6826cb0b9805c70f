import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { Origin } from '../../catalog/schema/origin.ts';
import { ImportError, type ImportedDefinition } from '../definition.ts';
import { DEFAULT_TIMEOUT_MS, listLiveTools } from './mcp.ts';

/** The placeholder stored for every variable: the catalog records names, never values. */
export const ENV_PLACEHOLDER = 'placeholder';
const STDERR_KEPT = 4000;

/**
 * Splits a command line into words, honouring single and double quotes and backslashes
 * (no shell is involved, so nothing in it is expanded or executed by a shell).
 */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: '"' | "'" | undefined;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      started = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      started = true;
    } else if (/\s/.test(c)) {
      if (started) words.push(word);
      word = '';
      started = false;
    } else {
      word += c;
      started = true;
    }
  }
  if (quote) throw new ImportError(`The command has an unclosed ${quote} quote: ${line}`);
  if (started) words.push(word);
  return words;
}

// The SDK passes a child only a few safe variables (no secrets); npx also needs the ones
// that let it reach the registry: proxies, CA certificates and npm's own settings.
const NETWORK_VARIABLE = /^(?:https?_proxy|no_proxy|node_extra_ca_certs|ssl_cert_file|ssl_cert_dir|npm_config_\w+)$/i;

/** The environment a server starts with: the SDK's safe default, network settings, then `env`. */
export function childEnvironment(env: Record<string, string>, parent: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const network = Object.entries(parent).filter((e): e is [string, string] => NETWORK_VARIABLE.test(e[0]) && e[1] !== undefined);
  return { ...getDefaultEnvironment(), ...Object.fromEntries(network), ...env };
}

export interface StdioSource {
  command: string[];
  /** Values to run with now; only the names are recorded in the catalog. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Starts the server as a child process, lists its tools, and ends the process. */
export async function importFromStdio({ command, env = {}, timeoutMs = DEFAULT_TIMEOUT_MS }: StdioSource): Promise<ImportedDefinition> {
  const [program, ...args] = command;
  if (!program) throw new ImportError('The --stdio command is empty');
  const transport = new StdioClientTransport({ command: program, args, env: childEnvironment(env), stderr: 'pipe' });
  // The SDK forgets the process once it starts closing it; keep its pid to make sure it ends.
  let pid: number | undefined;
  const start = transport.start.bind(transport);
  transport.start = async () => {
    await start();
    pid = transport.pid ?? undefined;
  };
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
  });
  try {
    const listed = await listLiveTools(transport, timeoutMs, `"${command.join(' ')}"`);
    const names = Object.keys(env).sort();
    const origin: Origin = {
      kind: 'stdio',
      command,
      ...(names.length > 0 ? { env: Object.fromEntries(names.map((n) => [n, ENV_PLACEHOLDER])) } : {}),
    };
    return { tools: listed.tools, server: { ...listed.server, ...packageOf(command), transports: ['stdio'] }, origin };
  } catch (e) {
    const tail = stderr.trim();
    if (e instanceof ImportError && tail) throw new ImportError(`${e.message}\nThe server's last output on stderr:\n${tail}`, []);
    throw e;
  } finally {
    if (pid !== undefined) await ensureEnded(pid);
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits for the server to exit after its stdin closed; one that ignores that and SIGTERM is killed. */
async function ensureEnded(pid: number, graceMs = 5000): Promise<void> {
  for (let waited = 0; waited < graceMs && isAlive(pid); waited += 100) await sleep(100);
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  for (let waited = 0; waited < 2000 && isAlive(pid); waited += 50) await sleep(50);
}

/** `npx -y @scope/name@1.2.3 args` → `npm:@scope/name`: the package the command runs. */
export function packageOf(command: string[]): { package?: string } {
  if (command[0] !== 'npx') return {};
  const spec = command.slice(1).find((w) => !w.startsWith('-'));
  if (!spec) return {};
  const name = spec.replace(/^(@[^/]+\/[^@]+|[^@]+)@.*$/, '$1');
  return { package: `npm:${name}` };
}
