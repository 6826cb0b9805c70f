import { describe, expect, test } from 'vitest';
import { absoluteUrl } from '../../src/site/links.ts';
import { LLMS_DESCRIPTION_CHARS, llmsFullTxt, llmsTxt } from '../../src/site/llms.ts';
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

test('a very long description is shortened in llms-full.txt, pointing to the JSON', () => {
  const long = fixtureSite('test/fixtures/opendata');
  const tool = long.servers[0]!.tools[0]!;
  tool.tool = { ...tool.tool, description: `${'word '.repeat(2_000)}THE-END` };
  const full = llmsFullTxt(long);
  expect(full).not.toContain('THE-END');
  expect(full).toContain(`(Shortened: the full description is in ${absoluteUrl(`/api/servers/${tool.server.server.id}.json`)}.)`);
  const quotedLines = full.split('\n').filter((l) => l.startsWith('> word'));
  expect(quotedLines.join('').length).toBeLessThanOrEqual(LLMS_DESCRIPTION_CHARS + 2);
});
