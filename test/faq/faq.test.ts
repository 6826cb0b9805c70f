import { describe, expect, test } from 'vitest';
import { CATEGORIES, riskOf } from '../../src/catalog/schema/category.ts';
import { FAQ_FIELDS, interceptRateLimit, toolFaq, type FaqInput } from '../../src/faq/faq.ts';
import { toolPolicies } from '../../src/policy/policies.ts';
import { CATALOGS, siteOf } from '../policy/catalogs.ts';

const base: FaqInput = {
  toolName: 'get_job_status',
  serverName: 'Amazon MQ MCP Server',
  packageName: 'awslabs.amazon-mq-mcp-server',
  category: 'Read',
  risk: 'Low',
  summary: 'get background job status',
  parameterCount: 0,
  requiredCount: 0,
};

describe('toolFaq', () => {
  test('asks the six questions of a tool page, each about this tool', () => {
    const faq = toolFaq(base);
    expect(faq.map((e) => e.question)).toEqual([
      'What does get_job_status do?',
      'How do I enforce a policy on get_job_status?',
      'What risk level is get_job_status?',
      'Can I rate-limit get_job_status?',
      'How do I block get_job_status completely?',
      'What MCP server provides get_job_status?',
    ]);
  });

  test('states the parameters, the description and the server as given', () => {
    const [what, , , , , provider] = toolFaq(base);
    expect(what!.answer).toContain('It takes no parameters.');
    expect(what!.answer).toContain('"get background job status"');
    expect(provider!.answer).toBe('Amazon MQ MCP Server, published as awslabs.amazon-mq-mcp-server.');
    expect(toolFaq({ ...base, parameterCount: 3, requiredCount: 1 })[0]!.answer).toContain('It takes 3 parameters (1 required).');
    expect(toolFaq({ ...base, parameterCount: 1, requiredCount: 1 })[0]!.answer).toContain('It takes 1 parameter (1 required).');
  });

  test.each(CATEGORIES)('the risk answer for %s names the risk class that follows from the category', (category) => {
    const risk = riskOf(category);
    const answer = toolFaq({ ...base, category, risk })[2]!.answer;
    expect(answer.startsWith(`${risk}.`)).toBe(true);
    expect(answer).toContain(category);
  });

  test('the quoted description ends its sentence, with one stop and no more', () => {
    expect(toolFaq(base)[0]!.answer).toContain('"get background job status". It takes');
    expect(toolFaq({ ...base, summary: 'Gets a job.' })[0]!.answer).toContain('"Gets a job." It takes');
    expect(toolFaq({ ...base, summary: 'Is it done?' })[0]!.answer).toContain('"Is it done?" It takes');
    expect(toolFaq({ ...base, summary: 'Gets the status of a long…' })[0]!.answer).toContain('"Gets the status of a long…". It takes');
  });

  test('a tool without a description says so instead of quoting nothing', () => {
    expect(toolFaq({ ...base, summary: '' })[0]!.answer).toContain('gives no description');
  });
});

for (const dir of CATALOGS) {
  const site = siteOf(dir);
  describe(`FAQ answers in ${dir} quote only fields the snippets contain`, () => {
    test.each(site.tools.map((t) => [t.tool.name, t] as const))('%s', (_, entry) => {
      const answers = entry.faq.map((f) => f.answer).join('\n');
      const policies = toolPolicies(entry.tool, entry.server.server, entry.category);
      for (const { dialect, intents } of policies.dialects) {
        const texts = intents.flatMap((s) => [s.text ?? '', s.missing?.alternative?.text ?? '']).join('\n');
        for (const field of FAQ_FIELDS[dialect.id]) {
          if (answers.includes(field)) expect(texts, `${dialect.id} ${field}`).toContain(field);
        }
      }
      const rateLimit = policies.dialects.find((d) => d.dialect.id === 'intercept')!.intents.find((s) => s.intent === 'rate-limit')!;
      if (rateLimit.text === null) expect(answers).not.toContain('rate_limit');
      else {
        expect(answers).toContain(interceptRateLimit(entry.category));
        expect(rateLimit.text).toContain(interceptRateLimit(entry.category));
      }
    });
  });
}

test('every quoted field is used by some answer, so the list is not dead', () => {
  const answers = toolFaq({ ...base, toolName: 'create_issue', category: 'Write', risk: 'Medium' })
    .map((f) => f.answer)
    .join('\n');
  for (const fields of Object.values(FAQ_FIELDS)) for (const field of fields) expect(answers).toContain(field);
  expect(answers).toContain('rate_limit: "30/hour"');
  expect(answers).toMatch(/no per-tool rate limit/);
});
