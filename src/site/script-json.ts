// JSON placed inside <script type="application/ld+json"> is raw text to the HTML parser:
// catalog text holding `</script>` or `<!--` would end or disturb the element. Escaping
// `<`, `>` and `&` as \u sequences keeps the JSON identical and the markup closed.
const UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** `JSON.stringify` that is safe to put between `<script …>` and `</script>` (with `set:html`). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}
