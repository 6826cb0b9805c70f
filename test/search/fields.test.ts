import { describe, expect, test } from 'vitest';
import { checkCatalog } from '../../src/catalog/check.ts';
import { riskOf, type Category } from '../../src/catalog/schema/category.ts';
import { nameForms, searchRecordCount, searchRecords, serverSearchRecord, toolSearchRecord } from '../../src/search/fields.ts';
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

  test('a tool is found by its description, its parameters and its server, not by the generated prose', () => {
    const entry = tool('rabbitmq_broker_purge_queue');
    const record = toolSearchRecord(entry);
    expect(record.url).toBe(entry.url);
    expect(record.text).toContain(entry.tool.description);
    for (const p of entry.parameters) expect(record.text.some((t) => t.startsWith(`${p.name} `))).toBe(true);
    expect(record.text.join(' ')).toContain('Amazon MQ MCP Server Destructive Critical risk');
    expect(record.text.join(' ')).not.toContain(entry.faq[0]!.answer);
  });

  test('a server is found by its description and the names of its tools', () => {
    const server = site.servers.find((s) => s.server.id === 'amazon-mq')!;
    const record = serverSearchRecord(server);
    expect(record.url).toBe('/servers/amazon-mq/');
    expect(record.text).toContain(server.server.description);
    expect(record.text).toContain('rabbitmq_broker_purge_queue');
  });

  test('every server and tool page has one record, at its own URL', () => {
    const urls = searchRecords(site).map((r) => r.url);
    expect(urls).toHaveLength(site.servers.length + site.tools.length);
    expect(new Set(urls).size).toBe(urls.length);
    expect(new Set(urls)).toEqual(new Set([...site.servers, ...site.tools].map((e) => e.url)));
    // Pages name the search bundles from this count, so it must match the records indexed.
    expect(searchRecordCount(site)).toBe(urls.length);
  });
});
