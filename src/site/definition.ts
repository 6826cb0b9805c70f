import type { Tool } from '../catalog/schema/tool.ts';

/** The tool as its server lists it, without our own fields: what `tools/list` returned. */
export function mcpDefinition(tool: Tool): Omit<Tool, 'classification' | 'notes'> {
  const { classification: _c, notes: _n, ...definition } = tool;
  return definition;
}

export function definitionJson(tool: Tool): string {
  return JSON.stringify(mcpDefinition(tool), null, 2);
}
