/**
 * Size limits for catalog input. Catalog files come from strangers' pull requests and from
 * whatever servers say about themselves; these bounds keep one file from stalling the build
 * or bloating a page. Each error message states the limit it hit.
 */
export const LIMITS = {
  /** Bytes in one catalog file. */
  fileBytes: 2 * 1024 * 1024,
  /** Characters in one tool description (real ones reach 50,000). */
  descriptionChars: 60_000,
  /** Characters in a name, title or other one-line field. */
  lineChars: 200,
  /** Tools in one server. */
  toolsPerServer: 1_000,
  /** Nesting depth of a JSON Schema (objects and arrays). */
  schemaDepth: 32,
  /** Properties declared at one level of a JSON Schema. */
  schemaProperties: 500,
  /** Nesting depth of any value in a file (JSON Schemas have their own, lower limit). */
  valueDepth: 200,
  /** YAML aliases in one file: a "billion laughs" bomb expands aliases exponentially. */
  yamlAliases: 100,
} as const;
