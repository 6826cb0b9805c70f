import { describe, expect, test } from 'vitest';
import { absoluteUrl } from '../../src/site/links.ts';
import { llmsFullTxt, llmsTxt } from '../../src/site/llms.ts';
import { fixtureSite } from '../helpers/site.ts';

const site = fixtureSite('test/fixtures/opendata');

describe('llms.txt', () => {
  test('starts with the site name and a summary, then links every server', () => {
    const text = llmsTxt(site);
    expect(text).toMatch(/^# MCP Tool Atlas\n\n> An open catalog of 2 MCP servers and their 5 tools\./);
    for (const s of site.servers) expect(text).toContain(`](${absoluteUrl(s.url)}): `);
    expect(text).toContain('[Alpha </script> & "Tools"](');
  });

  test('catalog text cannot add headings or list items of its own', () => {
    const full = llmsFullTxt(site);
    const headings = full.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# MCP Tool Atlas',
      ...site.servers.flatMap((s) => [`## ${s.server.name}`, ...s.tools.map((t) => `### ${t.tool.name}`)]),
    ]);
    expect(full).toContain('> # Not a heading of llms.txt\n> - not a list item');
    for (const t of site.tools) expect(full).toContain(`- Page: ${absoluteUrl(t.url)}`);
  });

  test('link text cannot close its brackets early', () => {
    const renamed = fixtureSite('test/fixtures/opendata');
    renamed.servers[0]!.server = { ...renamed.servers[0]!.server, name: 'x](https://evil.example) [y' };
    expect(llmsTxt(renamed)).toContain('[x\\](https://evil.example) \\[y](');
  });
});
