// `npm run bench [-- --large] [-- --sizes 1000,5000] [-- --repeat 3]`: builds synthetic catalogs
// through the real pipeline next to a bare-Astro floor (sizes up to 5,000 tools `repeat` times,
// medians reported), prints a table and writes bench/results.json.
// `npm run bench -- --hostile`: times what the build does with one tool's text on texts made to
// stall regular expressions (src/bench/hostile.ts), and prints a table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, runBench } from '../bench/bench.ts';
import { hostileTable, timeHostileTexts } from '../bench/hostile.ts';
import { resultsTable } from '../bench/table.ts';

const { values } = parseArgs({
  options: {
    large: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    out: { type: 'string', default: resolve(ROOT, 'bench/results.json') },
    work: { type: 'string', default: resolve(ROOT, 'bench/out') },
    seed: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '3' },
    hostile: { type: 'boolean', default: false },
  },
});
if (values.hostile) {
  console.log(hostileTable(timeHostileTexts()));
  process.exit(0);
}
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [1_000, 5_000, 20_000, ...(values.large ? [50_000] : [])];
const repeat = Number(values.repeat);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(repeat) || repeat < 1) {
  console.error('usage: npm run bench [-- --large] [-- --sizes 1000,5000] [-- --repeat 3] [-- --out FILE] | npm run bench -- --hostile');
  process.exit(2);
}
mkdirSync(values.work, { recursive: true });
const results = await runBench({ sizes, workDir: resolve(values.work), seed: Number(values.seed), repeat, log: (m) => console.error(`bench: ${m}`) });
mkdirSync(dirname(resolve(values.out)), { recursive: true });
writeFileSync(resolve(values.out), `${JSON.stringify(results, null, 2)}\n`);
console.log(resultsTable(results));
console.log(`\nWritten to ${resolve(values.out)}`);
