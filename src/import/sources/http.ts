import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ImportError, type ImportedDefinition } from '../definition.ts';
import { DEFAULT_TIMEOUT_MS, listLiveTools } from './mcp.ts';

/** Lists the tools of a server that speaks streamable HTTP at `url`. */
export async function importFromHttp(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ImportedDefinition> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ImportError(`Not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ImportError(`Only http:// and https:// URLs are supported, not ${parsed.protocol}`);
  const listed = await listLiveTools(new StreamableHTTPClientTransport(parsed), timeoutMs, url);
  return { tools: listed.tools, server: { ...listed.server, transports: ['streamable-http'] }, origin: { kind: 'streamable-http', url } };
}
