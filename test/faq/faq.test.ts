import { describe, expect, test } from 'vitest';
import { CATEGORIES, riskOf } from '../../src/catalog/schema/category.ts';
import { toolFaq, type FaqInput } from '../../src/faq/faq.ts';

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
  });

  test.each(CATEGORIES)('the risk answer for %s names the risk class that follows from the category', (category) => {
    const risk = riskOf(category);
    const answer = toolFaq({ ...base, category, risk })[2]!.answer;
    expect(answer.startsWith(`${risk}.`)).toBe(true);
    expect(answer).toContain(category);
  });

  test('a tool without a description says so instead of quoting nothing', () => {
    expect(toolFaq({ ...base, summary: '' })[0]!.answer).toContain('gives no description');
  });
});
