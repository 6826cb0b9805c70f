import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CATEGORIES } from '../../src/catalog/schema/category.ts';
import { REPOSITORY_URL } from '../../src/site/config.ts';
import { absoluteUrl, CLASSIFICATION_TEMPLATE, contributeLinks, editUrl, reportClassificationUrl } from '../../src/site/links.ts';
import { ROOT } from '../helpers/build.ts';
import { fixtureSite } from '../helpers/site.ts';

const site = fixtureSite('test/fixtures/opendata');
const alpha = site.servers.find((s) => s.server.id === 'alpha-tools')!;
const echo = alpha.tools.find((t) => t.tool.name === 'echo</script>')!;

describe('contribute links', () => {
  test('"Edit this page" opens the server\'s catalog file in the repository', () => {
    expect(editUrl(alpha)).toBe(`${REPOSITORY_URL}/edit/main/catalog/servers/alpha-tools.yaml`);
    expect(contributeLinks(echo).edit).toBe(editUrl(alpha));
    expect(editUrl(alpha, 'https://github.com/o/r')).toBe('https://github.com/o/r/edit/main/catalog/servers/alpha-tools.yaml');
  });

  test('the classification report fills the issue form, whatever characters the names hold', () => {
    const url = new URL(reportClassificationUrl(echo));
    expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY_URL}/issues/new`);
    const q = url.searchParams;
    expect(q.get('template')).toBe('wrong-classification.yml');
    expect(q.get('tool')).toBe('echo</script>');
    expect(q.get('server')).toBe('alpha-tools');
    expect(q.get('title')).toBe('Wrong classification: echo</script> on Alpha </script> & "Tools"');
    expect(q.get('current')).toBe(`${echo.category} (derived)`);
    expect(q.get('page')).toBe(absoluteUrl(echo.url));
    // Nothing in the names can add a parameter or cut the URL short.
    expect([...q.keys()].sort()).toEqual(['current', 'page', 'server', 'template', 'title', 'tool']);
    expect(url.hash).toBe('');
    expect(reportClassificationUrl(echo)).not.toMatch(/[<>"\s]/);
  });

  test('on a server page the report names the server only', () => {
    const q = new URL(reportClassificationUrl(alpha)).searchParams;
    expect(q.get('server')).toBe('alpha-tools');
    expect(q.has('tool')).toBe(false);
    expect(q.get('page')).toBe(absoluteUrl('/servers/alpha-tools/'));
  });

  test('reviewed classifications say so', () => {
    const list = alpha.tools.find((t) => t.tool.name === 'list_files')!;
    expect(new URL(reportClassificationUrl(list)).searchParams.get('current')).toBe('Read (reviewed)');
  });
});

describe('the issue form the report link opens', () => {
  const form = parse(readFileSync(join(ROOT, '.github/ISSUE_TEMPLATE', CLASSIFICATION_TEMPLATE), 'utf8'));
  const fields = new Map<string, any>(form.body.filter((f: any) => f.id).map((f: any) => [f.id, f]));

  test('has a field for every value the link fills in', () => {
    const q = new URL(reportClassificationUrl(echo)).searchParams;
    for (const key of q.keys()) if (key !== 'template' && key !== 'title') expect(fields.has(key), key).toBe(true);
  });

  test('offers exactly the catalog\'s categories', () => {
    expect(fields.get('proposed').attributes.options).toEqual([...CATEGORIES]);
  });
});
