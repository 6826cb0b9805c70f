import type { Annotations } from './schema/annotations.ts';
import type { Tool } from './schema/tool.ts';

/**
 * The human-readable title a server gives a tool: `title`, else the older `annotations.title`
 * (the MCP specification's order); undefined when it gives neither.
 */
export function toolTitle(tool: Pick<Tool, 'title' | 'annotations'>): string | undefined {
  return tool.title ?? tool.annotations?.title;
}

export type Hint = 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint';
export const HINTS: readonly Hint[] = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'];

/** The MCP specification's value for a hint the server did not declare. */
const SPEC_DEFAULTS: Record<Hint, boolean> = {
  readOnlyHint: false,
  destructiveHint: true,
  idempotentHint: false,
  openWorldHint: true,
};

export interface EffectiveHint {
  hint: Hint;
  /** What the server declared; undefined when it said nothing. */
  declared: boolean | undefined;
  /** What a client must assume: the declared value, else the spec default; null where the hint means nothing. */
  effective: boolean | null;
  /** Why the effective value is what it is, in a few words. */
  source: 'declared' | 'spec default' | 'not applicable (read-only)';
}

/**
 * Applies the specification's defaults in one place. `destructiveHint` and
 * `idempotentHint` only mean something for tools that are not read-only.
 */
export function effectiveHints(annotations: Annotations | undefined): EffectiveHint[] {
  const readOnly = annotations?.readOnlyHint ?? SPEC_DEFAULTS.readOnlyHint;
  return HINTS.map((hint) => {
    const declared = annotations?.[hint];
    if (readOnly && (hint === 'destructiveHint' || hint === 'idempotentHint')) {
      return { hint, declared, effective: null, source: 'not applicable (read-only)' };
    }
    if (declared !== undefined) return { hint, declared, effective: declared, source: 'declared' };
    return { hint, declared, effective: SPEC_DEFAULTS[hint], source: 'spec default' };
  });
}
