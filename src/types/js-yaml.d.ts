// The part of js-yaml 4 that src/catalog/quick-yaml.ts and quick-positions.ts use (js-yaml ships no types).
declare module 'js-yaml' {
  export interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: string) => boolean;
    construct?: (data: string) => unknown;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
  }
  export interface Schema {
    extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  /** The reader's state as a `listener` sees it (only the fields used here). */
  export interface State {
    /** Offset in the input: where a node's reading starts ('open'), or where it ended ('close'). */
    position: number;
    /** On 'close': what was read; null for an empty node (or an alias). */
    kind: 'scalar' | 'sequence' | 'mapping' | null;
    result: unknown;
    /** How many nodes are open, this one included. */
    depth: number;
  }
  export type EventType = 'open' | 'close';
  export interface LoadOptions {
    schema?: Schema;
    filename?: string;
    json?: boolean;
    /** Called as each node starts ('open') and ends ('close'), in document order. */
    listener?: (event: EventType, state: State) => void;
  }
  export const FAILSAFE_SCHEMA: Schema;
  export function load(text: string, options?: LoadOptions): unknown;
  const jsyaml: { Type: typeof Type; FAILSAFE_SCHEMA: Schema; load: typeof load };
  export default jsyaml;
}
