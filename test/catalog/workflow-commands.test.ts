import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/catalog/diagnostics.ts';
import { onGitHubActions, workflowCommand } from '../../src/catalog/workflow-commands.ts';
import { runCheck } from '../helpers/build.ts';

const base: Diagnostic = { severity: 'error', file: 'catalog/servers/x.yaml', line: 12, column: 7, path: 'tools[3].name', message: 'is required' };

/** Reverses the runner's escaping, to prove nothing is lost on the way. */
const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

interface Annotation {
  severity: string;
  props: Record<string, string>;
  message: string;
}

function parseCommand(line: string): Annotation | undefined {
  const m = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
  if (!m) return undefined;
  const props = Object.fromEntries(m[2]!.split(',').map((kv) => {
    const i = kv.indexOf('=');
    return [kv.slice(0, i), unescape(kv.slice(i + 1))];
  }));
  return { severity: m[1]!, props, message: unescape(m[3]!) };
}

describe('workflowCommand', () => {
  test('names file, line, column and field', () => {
    expect(workflowCommand(base)).toBe('::error file=catalog/servers/x.yaml,line=12,col=7,title=tools[3].name::is required');
    expect(workflowCommand({ ...base, severity: 'warning', path: '' })).toBe('::warning file=catalog/servers/x.yaml,line=12,col=7::is required');
  });

  test('escapes what would end the message or a property, and round-trips', () => {
    const d: Diagnostic = { ...base, file: 'a,b:c%.yaml', path: 'x:y,z', message: '100% wrong,\r\nsecond line: yes' };
    const line = workflowCommand(d);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toContain('file=a%2Cb%3Ac%25.yaml');
    expect(line).toContain('::100%25 wrong,%0D%0Asecond line: yes');
    const parsed = parseCommand(line)!;
    expect(parsed.props).toEqual({ file: d.file, line: '12', col: '7', title: d.path });
    expect(parsed.message).toBe(d.message);
  });

  test('is on only where GitHub Actions says so', () => {
    expect(onGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(onGitHubActions({ GITHUB_ACTIONS: 'false' })).toBe(false);
    expect(onGitHubActions({})).toBe(false);
  });
});

describe('the check on a pull request with mistakes', () => {
  const dir = 'test/fixtures/pull-request';
  const lines = (file: string) => readFileSync(`${dir}/servers/${file}`, 'utf8').split('\n');
  /** 1-based line and column of the first occurrence of `marker` in a fixture file. */
  const at = (file: string, marker: string) => {
    const text = lines(file);
    const i = text.findIndex((l) => l.includes(marker));
    expect(i, `${marker} in ${file}`).toBeGreaterThanOrEqual(0);
    return { line: String(i + 1), col: String(text[i]!.indexOf(marker) + 1) };
  };

  test('prints annotations on the lines of each mistake, only on GitHub Actions', async () => {
    const run = await runCheck(dir, { GITHUB_ACTIONS: 'true' });
    expect(run.code).toBe(1);
    const annotations = run.stdout.split('\n').map(parseCommand).filter((a): a is Annotation => a !== undefined);
    const find = (file: string, title: string) => annotations.find((a) => a.props.file!.endsWith(`servers/${file}`) && a.props.title === title);

    expect(find('broken.yaml', 'colour')).toMatchObject({ severity: 'error', props: at('broken.yaml', 'colour:'), message: 'unknown field "colour"' });
    expect(find('broken.yaml', '100%,odd:key')).toMatchObject({ severity: 'error', props: at('broken.yaml', '"100%,odd:key"') });
    expect(find('broken.yaml', 'tools[1].classification.category')).toMatchObject({ severity: 'error', props: at('broken.yaml', 'Writes') });

    // Warnings are annotated too, on both files of a likely duplicate.
    for (const file of ['files.yaml', 'copy-of-files.yaml']) {
      expect(find(file, 'package')).toMatchObject({ severity: 'warning', props: at(file, 'npm:@example/files') });
      expect(find(file, 'source')).toMatchObject({ severity: 'warning', props: at(file, 'https://') });
    }
    expect(find('files.yaml', 'updated')).toMatchObject({ severity: 'warning', props: at('files.yaml', '2020-02-01') });
    expect(find('files.yaml', 'updated')!.message).toMatch(/^not updated for \d+ days/);
    expect(annotations.filter((a) => a.severity === 'error')).toHaveLength(3);

    const plain = await runCheck(dir, { GITHUB_ACTIONS: '' });
    expect(plain.code).toBe(1);
    expect(`${plain.stdout}${plain.stderr}`).not.toMatch(/^::/m);
    expect(plain.stderr).toContain('unknown field "colour"');
  });
});
