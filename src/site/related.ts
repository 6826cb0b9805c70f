import type { CategoryGroup, ToolEntry } from './model.ts';

export interface RelatedGroup extends CategoryGroup {
  /** How many other tools of the server are in this category (the list may show fewer). */
  others: number;
}

/**
 * Other tools of the same server, by category, at most `perCategory` each. Looks at no more
 * than `perCategory + 1` tools per group, so a tool page costs the same on a server with
 * 1,000 tools as on one with 10 (filtering whole groups made the build grow quadratically).
 */
export function relatedGroups(entry: ToolEntry, perCategory: number): RelatedGroup[] {
  const out: RelatedGroup[] = [];
  for (const group of entry.server.groups) {
    const others = group.tools.length - (group.category === entry.category ? 1 : 0);
    if (others === 0) continue;
    const tools = group.tools.slice(0, perCategory + 1).filter((t) => t !== entry).slice(0, perCategory);
    out.push({ ...group, others, tools });
  }
  return out;
}
