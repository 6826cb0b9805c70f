import { describe, expect, test } from 'vitest';
import { clip, count, firstLine, nameWords, trimLineEnds } from '../../src/catalog/words.ts';

describe('nameWords', () => {
  test.each([
    ['rabbitmq_broker_purge_queue', ['rabbitmq', 'broker', 'purge', 'queue']],
    ['getJobStatus', ['get', 'job', 'status']],
    ['files.read-text', ['files', 'read', 'text']],
    ['HTTPRequest', ['http', 'request']],
  ])('%s', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

describe('firstLine', () => {
  test('takes the first non-empty line and drops paired Markdown delimiters', () => {
    expect(firstLine('\n\n  # **Bold** and *em* and `code`\nsecond')).toBe('Bold and em and code');
  });

  test('drops the backticks of code spans of any length, as CommonMark pairs them', () => {
    expect(firstLine('Variants that referenced ``BACKGROUND_IMAGE`` fall back')).toBe('Variants that referenced BACKGROUND_IMAGE fall back');
    expect(firstLine('The default domain (``id: "default"``) stays')).toBe('The default domain (id: "default") stays');
    expect(firstLine('Runs `` `ls` `` for you')).toBe('Runs `ls` for you');
    expect(firstLine('An unpaired ` stays')).toBe('An unpaired ` stays');
    expect(firstLine('Runs of ``two` and one do not pair')).toBe('Runs of ``two` and one do not pair');
  });

  test('keeps underscores and lone asterisks that are part of names and text', () => {
    expect(firstLine('Calls get_file on my__var_name, 2 * 3 times')).toBe('Calls get_file on my__var_name, 2 * 3 times');
  });

  test('a very long line is cut before its decoration is read, and still marked as cut', () => {
    const stray = firstLine('**a '.repeat(12_500));
    expect(stray.endsWith('…')).toBe(true);
    expect(Array.from(stray).length).toBeLessThanOrEqual(200);
    // Decoration that shrinks the cut text below the limit still ends in the cut mark.
    const short = firstLine('`'.repeat(900) + ' tail');
    expect(short.endsWith('…')).toBe(true);
    expect(short).not.toContain('tail');
    // The cut falls inside the emoji, whose first half is dropped rather than left alone.
    const ticks = '`'.repeat(396);
    expect(firstLine(`${ticks}x${ticks}abcdef😀 tail`)).toBe('xabcdef…');
  });

  test('clips long lines at a character boundary with an ellipsis', () => {
    expect(firstLine('a'.repeat(300), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(clip('😀😀😀', 2)).toBe('😀…');
  });

  test('cuts at the end of a word when one ends near the limit, not inside it', () => {
    expect(clip('Returns the status of a job that is significantly long', 40)).toBe('Returns the status of a job that is…');
    expect(clip('Returns the status of a job now', 24)).toBe('Returns the status of a…');
    // No word ends in the last fifth kept: the cut stays at the limit.
    expect(clip(`Call ${'x'.repeat(40)}`, 20)).toBe(`Call ${'x'.repeat(14)}…`);
  });
});

describe('count', () => {
  test.each([
    [0, 'tool', undefined, '0 tools'],
    [1, 'tool', undefined, '1 tool'],
    [2, 'tool', undefined, '2 tools'],
    [12345, 'tool', undefined, '12,345 tools'],
    [1, 'policy', 'policies', '1 policy'],
    [3, 'policy', 'policies', '3 policies'],
  ])('%i %s', (n, noun, plural, text) => {
    expect(count(n, noun, plural)).toBe(text);
  });
});

describe('trimLineEnds', () => {
  test('drops spaces and tabs at the end of each line, and nothing else', () => {
    expect(trimLineEnds('a  \nb\t \r\n  c \t\n\n  d')).toBe('a\nb\r\n  c\n\n  d');
    expect(trimLineEnds('keep  inner  blanks')).toBe('keep  inner  blanks');
  });

  test('a line of nothing but blanks becomes empty, however long', () => {
    expect(trimLineEnds(`x\n${' '.repeat(50_000)}\ny`)).toBe('x\n\ny');
    expect(trimLineEnds(`${' '.repeat(50_000)}x`)).toBe(`${' '.repeat(50_000)}x`);
  });
});
