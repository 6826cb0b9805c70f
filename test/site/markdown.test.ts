import { describe, expect, test } from 'vitest';
import { dedent, descriptionOnPage, renderDescription } from '../../src/site/markdown.ts';

describe('renderDescription', () => {
  test('raw HTML is shown as text, never as markup', () => {
    const html = renderDescription('Hi <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  test('only http(s) links become links, and they carry rel="nofollow noopener noreferrer"', () => {
    const html = renderDescription('[ok](https://example.com) [bad](javascript:alert(1)) [data](data:text/html,x) [rel](/admin)');
    expect(html).toContain('<a href="https://example.com" rel="nofollow noopener noreferrer">ok</a>');
    expect(html).not.toMatch(/href="(javascript|data|\/admin)/);
  });

  test('images become links, so nothing is loaded from other origins', () => {
    const html = renderDescription('![logo](https://example.com/logo.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://example.com/logo.png" rel="nofollow noopener noreferrer">logo</a>');
  });

  test('Markdown emphasis, lists and code are kept; headings do not compete with the page outline', () => {
    const html = renderDescription('# Title\n\n**bold** and `code`\n\n- one\n- two');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<li>one</li>');
    expect(html).not.toMatch(/<h\d/);
  });

  test('docstring indentation does not turn prose into a code block', () => {
    const html = renderDescription('Connect to a broker.\n\n            broker_id: The ID\n            region: The region\n            ');
    expect(html).not.toContain('<pre>');
    expect(html).toContain('broker_id: The ID');
  });
});

test('dedent removes the indentation shared by the lines after the first', () => {
  expect(dedent('First\n    a\n      b\n    ')).toBe('First\na\n  b');
  expect(dedent('No indent\nhere')).toBe('No indent\nhere');
});

test('trailing spaces of real descriptions do not reach the HTML, code blocks included', () => {
  const html = renderDescription('List files:  \n\n    [DIR] src    \n    [FILE] a.txt  \n\nDone. ');
  expect(html).not.toMatch(/[ \t]$/m);
  expect(html).toContain('[DIR] src\n');
});

describe('descriptionOnPage', () => {
  test('a description within the limit is shown whole', () => {
    expect(descriptionOnPage('Reads a file.', 100)).toEqual({ text: 'Reads a file.', omitted: 0 });
  });

  test('a long one is cut at the last paragraph break before the limit, and says how much is left', () => {
    const text = `${'a'.repeat(60)}\n\n${'b'.repeat(30)}\n\n${'c'.repeat(50)}`;
    const shown = descriptionOnPage(text, 100);
    expect(shown.text).toBe(`${'a'.repeat(60)}\n\n${'b'.repeat(30)}`);
    expect(shown.text.length + shown.omitted).toBe(text.length);
  });

  test('without a paragraph break late enough, it cuts at a space; with none, at the limit', () => {
    expect(descriptionOnPage(`${'word '.repeat(30)}`, 52).text).toBe('word '.repeat(10).trimEnd());
    expect(descriptionOnPage('x'.repeat(300), 100)).toEqual({ text: 'x'.repeat(100), omitted: 200 });
  });
});
