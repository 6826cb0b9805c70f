/**
 * String literals for the policy languages. Tool names are untrusted catalog text: each
 * literal must parse back to exactly the same string in its engine, whatever it contains.
 */

const hex = (c: string, width: number) => c.codePointAt(0)!.toString(16).padStart(width, '0');

// Characters some parsers treat as line breaks or that no reader can see: always escaped.
const UNSAFE_CHARS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029';
const UNSAFE = new RegExp(`[${UNSAFE_CHARS}]`, 'g');
const HAS_UNSAFE = new RegExp(`[${UNSAFE_CHARS}]`);

/**
 * A YAML double-quoted scalar. JSON's escapes are a subset of YAML 1.2's, so JSON.stringify
 * is correct; the C1 controls and line/paragraph separators are escaped on top.
 */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${hex(c, 4)}`);
}

/** A YAML single-quoted scalar for text already free of line breaks (CEL or Cedar source): only `'` is doubled. */
export function yamlSingle(s: string): string {
  if (HAS_UNSAFE.test(s)) throw new Error('yamlSingle: text contains a control character or line break');
  return `'${s.replaceAll("'", "''")}'`;
}

/** A CEL string literal: CEL accepts JSON's escapes (\" \\ \n \uXXXX …). */
export function celString(s: string): string {
  return yamlString(s);
}

/** A Cedar string literal: Cedar knows \\ \" \n \r \t \0 and \u{…}, nothing else. */
export function cedarString(s: string): string {
  const body = s.replace(/[\\"]/g, (c) => `\\${c}`).replace(UNSAFE, (c) => `\\u{${hex(c, 1)}}`);
  return `"${body}"`;
}
