import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { z } from 'zod';
import { ImportError, type ServerFields } from '../definition.ts';

export const DEFAULT_TIMEOUT_MS = 60_000;
/** Pages of tools/list followed at most: a server that keeps sending cursors cannot loop forever. */
const MAX_PAGES = 100;

// Deliberately loose: the tools themselves are checked one by one by toolsFrom(), which
// can name the tool at fault, where the SDK's strict parser would reject the whole list.
const listPage = z.looseObject({
  tools: z.array(z.unknown()),
  nextCursor: z.string().optional(),
});

export interface LiveListing {
  tools: unknown[];
  server: ServerFields;
}

/**
 * Speaks to a live server: initialize, then tools/list page by page. The connection is
 * always closed (for stdio this ends the server process), whether listing worked or not.
 */
export async function listLiveTools(transport: Transport, timeoutMs = DEFAULT_TIMEOUT_MS, describe = 'the server'): Promise<LiveListing> {
  const client = new Client({ name: 'mcp-tool-atlas-importer', version: '1.0.0' }, { capabilities: {} });
  try {
    await client.connect(transport, { timeout: timeoutMs });
    const tools: unknown[] = [];
    const cursors = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES) throw new ImportError(`${describe} sent more than ${MAX_PAGES} pages of tools/list`);
      const result = await client.request({ method: 'tools/list', params: cursor === undefined ? {} : { cursor } }, listPage, { timeout: timeoutMs });
      tools.push(...result.tools);
      cursor = result.nextCursor;
      if (cursor === undefined) break;
      if (cursors.has(cursor)) throw new ImportError(`${describe} sent the tools/list cursor ${JSON.stringify(cursor.slice(0, 60))} twice`);
      cursors.add(cursor);
    }
    const info = client.getServerVersion();
    const name = typeof info?.title === 'string' && info.title.trim() ? info.title.trim() : info?.name?.trim();
    return { tools, server: name ? { name } : {} };
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`Could not list the tools of ${describe}: ${(e as Error).message}`);
  } finally {
    await client.close().catch(() => undefined);
  }
}
