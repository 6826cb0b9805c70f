import { expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { countParameters } from '../../src/catalog/parameters.ts';
import { riskOf } from '../../src/catalog/schema/category.ts';
import { classificationOf } from '../../src/classify/classify.ts';
import { commandIsExpected } from '../../src/cli/refresh.ts';

const { files, errorCount } = checkCatalog('catalog');
const servers = files.map((f) => f.server);

test('the starter catalog: at least 20 servers imported from npm over stdio, and the three Docker samples', () => {
  expect(errorCount).toBe(0);
  const fromNpm = servers.filter((s) => s.origin?.kind === 'stdio' && s.package.startsWith('npm:'));
  expect(fromNpm.length).toBeGreaterThanOrEqual(20);
  // Every recorded command can be refreshed without --trust: npx of exactly the package named.
  for (const s of fromNpm) expect(commandIsExpected(s), s.id).toBe(true);
  const docker = servers.filter((s) => s.origin?.kind === 'docker-catalog').map((s) => s.id).sort();
  expect(docker).toEqual(['buildkite', 'okta', 'stripe-remote']);
  // No secret was recorded: every variable holds the placeholder.
  for (const s of fromNpm) for (const value of Object.values(s.origin?.kind === 'stdio' ? (s.origin.env ?? {}) : {})) expect(value).toBe('placeholder');
});

test("Amazon MQ's get_job_status stays Read, Low risk, with no parameters", () => {
  const tool = servers.find((s) => s.id === 'amazon-mq')!.tools.find((t) => t.name === 'get_job_status')!;
  const c = classificationOf(tool);
  expect(c.category).toBe('Read');
  expect(riskOf(c.category)).toBe('Low');
  expect(countParameters(tool.inputSchema).total).toBe(0);
});
