import { expect, test } from 'vitest';
import { DIALECT_IDS } from '../../src/policy/dialect.ts';
import { INTENT_KINDS } from '../../src/policy/intent.ts';
import { policiesOf, policyJsonOf, starterOf } from '../../src/policy/site.ts';
import { siteOf } from './catalogs.ts';

const site = siteOf('test/fixtures/awkward-names');

test('the page and the JSON show the same policies for every tool', () => {
  for (const entry of site.tools) {
    const policies = policiesOf(entry);
    expect(policiesOf(entry)).toEqual(policies);
    const json = policyJsonOf(entry);
    expect(json).toMatchObject({ server: entry.server.server.id, tool: entry.tool.name, category: entry.category, risk: entry.risk });
    expect(Object.keys(json.policies)).toEqual([...DIALECT_IDS]);
    for (const d of policies.dialects) {
      expect(Object.keys(json.policies[d.dialect.id])).toEqual([...INTENT_KINDS]);
      for (const s of d.intents) expect(json.policies[d.dialect.id][s.intent]).toBe(s.text);
    }
  }
});

test('each server has one starter file per dialect, named <server-id>.<suffix>', () => {
  for (const entry of site.servers) {
    const starters = starterOf(entry);
    expect(starterOf(entry)).toEqual(starters);
    expect(starters.map((s) => s.fileName)).toEqual([
      `${entry.server.id}.intercept.yaml`,
      `${entry.server.id}.agentcore.cedar`,
      `${entry.server.id}.agentgateway.yaml`,
      `${entry.server.id}.toolhive.yaml`,
    ]);
  }
});
