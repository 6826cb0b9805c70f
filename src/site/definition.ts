import type { Tool } from '../catalog/schema/tool.ts';

/** The tool as its server lists it, without our own fields: what `tools/list` returned. */
export function mcpDefinition(tool: Tool): Omit<Tool, 'classification' | 'notes'> {
  const { classification: _c, notes: _n, ...definition } = tool;
  return definition;
}

export function definitionJson(tool: Tool): string {
  return JSON.stringify(mcpDefinition(tool), null, 2);
}

/**
 * Past this length a tool page links to its definition instead of repeating it. Nearly all
 * definitions are far shorter; the few past it are long descriptions, which the page has
 * already shown (or begun: see descriptionOnPage), and repeating them would double the page.
 */
export const INLINE_DEFINITION_CHARS = 8_000;

/** The definition as a tool page shows it: the JSON itself, or its length when too long to repeat. */
export function definitionOnPage(tool: Tool): { json: string } | { chars: number } {
  const json = definitionJson(tool);
  return json.length <= INLINE_DEFINITION_CHARS ? { json } : { chars: json.length };
}
