import { CATEGORIES, type Category } from '../catalog/schema/category.ts';
import type { Server } from '../catalog/schema/server.ts';
import type { Tool } from '../catalog/schema/tool.ts';
import { LIMITS } from '../catalog/limits.ts';
import { nameMaker } from './names.ts';
import { seeded, type Random } from './random.ts';
import { inputSchema, parameterCount } from './schema.ts';
import { description, pickDescriptionSize, sentence } from './text.ts';

export interface SynthOptions {
  servers: number;
  tools: number;
  seed?: number;
}

// A catalog file must stay under LIMITS.fileBytes; past this estimate a server's remaining
// tools get short descriptions and few parameters (YAML adds indentation on top of JSON).
const SERVER_BYTES_BUDGET = LIMITS.fileBytes * 0.55;
// Shares of tools per category, roughly as in real catalogs (reads dominate).
const CATEGORY_SHARES: Array<[Category, number]> = [['Read', 0.5], ['Write', 0.28], ['Execute', 0.08], ['Destructive', 0.1], ['Financial', 0.04]];

function pickCategory(rnd: Random): Category {
  let x = rnd.next();
  for (const [category, share] of CATEGORY_SHARES) {
    if (x < share) return category;
    x -= share;
  }
  return 'Read';
}

/**
 * Splits `tools` over `servers` unevenly, as real catalogs are (a few servers with
 * hundreds of tools, many with a handful), never more than the per-server limit.
 */
export function toolCounts(rnd: Random, servers: number, tools: number): number[] {
  if (servers < 1) throw new Error('need at least one server');
  if (tools > servers * LIMITS.toolsPerServer) throw new Error(`${tools} tools do not fit in ${servers} servers of at most ${LIMITS.toolsPerServer}`);
  const weights = Array.from({ length: servers }, () => Math.pow(rnd.next() + 0.02, -1.2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.min(LIMITS.toolsPerServer, Math.floor((tools * w) / sum)));
  let left = tools - counts.reduce((a, b) => a + b, 0);
  // Hand out the remainder round-robin to servers that still have room.
  for (let i = 0; left > 0; i = (i + 1) % servers) {
    if (counts[i]! < LIMITS.toolsPerServer) {
      counts[i]!++;
      left--;
    }
  }
  return counts;
}

function synthTool(rnd: Random, name: string, category: Category, lean: boolean): Tool {
  const tool: Tool = { name, inputSchema: inputSchema(rnd, lean ? rnd.int(0, 3) : parameterCount(rnd)) };
  const text = description(rnd, lean ? 'short' : pickDescriptionSize(rnd));
  if (text !== undefined) tool.description = text;
  if (rnd.chance(0.1)) tool.title = name.replace(/[_.-]+/g, ' ');
  if (rnd.chance(0.04)) {
    tool.annotations = { readOnlyHint: category === 'Read', ...(category === 'Destructive' ? { destructiveHint: true } : {}), ...(rnd.chance(0.5) ? { openWorldHint: true } : {}) };
    if (rnd.chance(0.3)) tool.annotations.title = `${name} (annotated)`;
  }
  if (rnd.chance(0.03)) tool.outputSchema = inputSchema(rnd, rnd.int(1, 4));
  if (rnd.chance(0.02)) tool.classification = { category, rationale: sentence(rnd), evidence: [`name: ${name}`] };
  if (rnd.chance(0.01)) tool.notes = sentence(rnd);
  return tool;
}

const approxBytes = (tool: Tool) => JSON.stringify(tool).length;

function synthServer(rnd: Random, index: number, toolCount: number): Server {
  const word = rnd.pick(['git', 'cloud', 'files', 'chat', 'pay', 'docs', 'k8s', 'sql', 'mail', 'crm', 'ci', 'maps']);
  const id = `synth-${String(index + 1).padStart(5, '0')}-${word}`;
  const nextName = nameMaker(rnd);
  const tools: Tool[] = [];
  let bytes = 0;
  for (let i = 0; i < toolCount; i++) {
    // The first five tools take one category each, so every server-sized slice covers them all.
    const category = i < CATEGORIES.length ? CATEGORIES[i]! : pickCategory(rnd);
    const tool = synthTool(rnd, nextName(category), category, bytes > SERVER_BYTES_BUDGET);
    bytes += approxBytes(tool);
    tools.push(tool);
  }
  const year = 2024 + (index % 2);
  return {
    id,
    name: `Synthetic ${word} server ${index + 1}`,
    package: rnd.pick([`npm:@synth/${id}`, `pypi:${id}`, `docker:synth/${id}`]),
    description: sentence(rnd, 6, 20),
    ...(rnd.chance(0.8) ? { source: `https://example.com/synth/${id}` } : {}),
    ...(rnd.chance(0.3) ? { homepage: `https://example.com/${id}/docs` } : {}),
    ...(rnd.chance(0.7) ? { transports: rnd.pick<Server['transports']>([['stdio'], ['stdio', 'streamable-http'], ['sse']]) } : {}),
    ...(rnd.chance(0.6) ? { tags: [word, 'synthetic'] } : {}),
    added: `${year}-0${1 + (index % 9)}-1${index % 10}`,
    updated: `${year}-1${index % 3}-2${index % 9}`,
    tools,
  };
}

/** A synthetic catalog of realistic shape; the same options always give the same servers. */
export function synthCatalog({ servers, tools, seed = 1 }: SynthOptions): Server[] {
  const rnd = seeded(seed);
  return toolCounts(rnd, servers, tools).map((count, i) => synthServer(rnd, i, count));
}
