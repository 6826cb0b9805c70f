// `npm run catalog:synth -- --servers N --tools M --out DIR [--seed S]`: writes a synthetic
// catalog of realistic shape for benchmarks (see src/synth/).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthCatalog } from '../synth/synth.ts';
import { writeCatalog } from '../synth/write.ts';

const { values } = parseArgs({
  options: {
    servers: { type: 'string' },
    tools: { type: 'string', default: '1000' },
    out: { type: 'string', default: 'bench/out/catalog' },
    seed: { type: 'string', default: '1' },
  },
});
const tools = Number(values.tools);
// Without --servers, about 25 tools per server, as in real catalogs.
const servers = Number(values.servers ?? Math.max(1, Math.ceil(tools / 25)));
if (!Number.isInteger(tools) || tools < 0 || !Number.isInteger(servers) || servers < 1) {
  console.error('usage: npm run catalog:synth -- --servers N --tools M --out DIR [--seed S]');
  process.exit(2);
}
const out = resolve(values.out);
writeCatalog(out, synthCatalog({ servers, tools, seed: Number(values.seed) }));
console.log(`${servers} servers, ${tools} tools written to ${out}/servers/`);
