import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { riskOf, type Category } from '../../src/catalog/schema/category.ts';
import { nameForms, serverSearchRecord, toolSearchRecord } from '../../src/search/fields.ts';
import { buildSite } from '../../src/site/model.ts';
import { paymentsServer } from '../fixtures/search/catalog.ts';

describe('nameForms', () => {
  test('keeps the exact name and adds its words, spaced and run together', () => {
    expect(nameForms('get_job_status')).toEqual(['get_job_status', 'get job status', 'getjobstatus']);
  });

  test('splits camelCase, dots and dashes, so "purge queue" matches', () => {
    expect(nameForms('rabbitmq_broker_purgeQueue')).toContain('rabbitmq broker purge queue');
    expect(nameForms('files.read-all')).toEqual(['files.read-all', 'files read all', 'filesreadall']);
    expect(nameForms('HTTPRequest')).toContain('http request');
  });

  test('lists each form once', () => {
    expect(nameForms('search')).toEqual(['search']);
    expect(nameForms('Search')).toEqual(['Search', 'search']);
  });
});

describe('search records', () => {
  const site = buildSite([...checkCatalog('catalog').files.map((f) => f.server), paymentsServer()]);
  const tool = (name: string) => site.tools.find((t) => t.tool.name === name)!;

  test('a tool is filtered by its category, its risk class and its server', () => {
    const record = toolSearchRecord(tool('rabbitmq_broker_purge_queue'));
    expect(record.filters).toEqual({ category: 'Destructive', risk: 'Critical', server: 'Amazon MQ MCP Server' });
    expect(record.meta).toMatchObject({ title: 'rabbitmq_broker_purge_queue', kind: 'tool', summary: 'Remove all messages from a specific queue.' });
    expect(record.nameForms).toContain('purge queue');
  });

  test('risk in a record always follows from the category', () => {
    for (const entry of site.tools) {
      const { filters, meta } = toolSearchRecord(entry);
      expect(filters.risk).toBe(riskOf(filters.category as Category));
      expect(meta.risk).toBe(filters.risk);
    }
  });

  test('a reviewed Financial classification reaches the filters; text stays as written', () => {
    const record = toolSearchRecord(tool('payments.refundCharge'));
    expect(record.filters).toMatchObject({ category: 'Financial', risk: 'Critical', server: 'Payments, Demo & Co' });
    expect(record.nameForms).toBe('payments.refundCharge payments refund charge paymentsrefundcharge');
  });

  test('a server page has no category or risk filter, so category filters leave it out', () => {
    const server = site.servers.find((s) => s.server.id === 'amazon-mq')!;
    const record = serverSearchRecord(server);
    expect(record.filters).toEqual({ server: 'Amazon MQ MCP Server' });
    expect(record.meta).toMatchObject({ kind: 'server', tools: String(server.tools.length) });
    expect(record.nameForms.split(' ')).toContain('amazon-mq');
  });
});
