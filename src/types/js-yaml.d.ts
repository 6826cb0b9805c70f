// The part of js-yaml 4 that src/catalog/quick-yaml.ts uses (js-yaml ships no types).
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
  export const FAILSAFE_SCHEMA: Schema;
  export function load(text: string, options?: { schema?: Schema; filename?: string; json?: boolean }): unknown;
  const jsyaml: { Type: typeof Type; FAILSAFE_SCHEMA: Schema; load: typeof load };
  export default jsyaml;
}
