import { describe, expect, test } from 'vitest';
import type { Tool } from '../../src/catalog/schema/tool.ts';
import { definitionJson, definitionOnPage, INLINE_DEFINITION_CHARS, mcpDefinition } from '../../src/site/definition.ts';

const tool = (description: string): Tool =>
  ({
    name: 'search_docs',
    description,
    inputSchema: { type: 'object', properties: { query: { type: 'string' } } },
    classification: { category: 'Read', rationale: 'Reads documents.' },
    notes: 'Reviewed by hand.',
  }) as Tool;

describe('definitionOnPage', () => {
  test('a definition of usual length is shown as the JSON the server lists, without our fields', () => {
    const shown = definitionOnPage(tool('Searches the docs.'));
    expect(shown).toEqual({ json: definitionJson(tool('Searches the docs.')) });
    expect(JSON.parse((shown as { json: string }).json)).toEqual(mcpDefinition(tool('Searches the docs.')));
    expect((shown as { json: string }).json).not.toContain('Reviewed by hand');
  });

  test('past the limit the page gives the length instead of repeating a long description', () => {
    const long = tool('word '.repeat(INLINE_DEFINITION_CHARS / 5));
    expect(definitionOnPage(long)).toEqual({ chars: definitionJson(long).length });
  });

  test('the limit is on the JSON as shown, so a definition just under it is still inline', () => {
    const overhead = definitionJson(tool('')).length;
    expect(definitionOnPage(tool('x'.repeat(INLINE_DEFINITION_CHARS - overhead)))).toHaveProperty('json');
    expect(definitionOnPage(tool('x'.repeat(INLINE_DEFINITION_CHARS - overhead + 1)))).toHaveProperty('chars');
  });
});
