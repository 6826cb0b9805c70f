/**
 * Splits a tool name into lowercase words on `_ . -`, spaces and camelCase:
 * `rabbitmq_broker_purgeQueue` → ['rabbitmq', 'broker', 'purge', 'queue'].
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The first line of a description with its Markdown decoration trimmed, for lists and meta tags. */
export function firstLine(description: string | undefined, max = 200): string {
  const line = (description ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '') ?? '';
  // Only a few times the characters shown can matter; a longer line is cut first, which keeps the
  // lazy patterns below fast on a 50 KB line of unpaired delimiters (over a second otherwise).
  const cut = line.length > max * 4;
  const head = cut ? line.slice(0, max * 4).replace(/[\uD800-\uDBFF]$/, '') : line;
  // Only paired Markdown delimiters go: `get_file` and `__init__`-style names keep their underscores.
  const plain = head
    .replace(/^#+\s*/, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?!\w)/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
    // A code span opens and closes with the same run of backticks (``a `b` c``), as in CommonMark.
    .replace(/(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/g, (_, _ticks: string, code: string) => code.replace(/^ (.*) $/, '$1'));
  return clip(cut ? `${plain.trimEnd()}…` : plain, max);
}

/**
 * At most `max` characters, counted in code points so that an emoji is never cut in half; `…`
 * marks a cut, made at the end of a word where one ends in the last fifth of the text kept.
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const kept = chars.slice(0, max - 1).join('');
  const lastSpace = kept.search(/\s\S*$/);
  const cutsWord = !/\s/.test(chars[max - 1]!) && lastSpace >= kept.length * 0.8;
  return `${(cutsWord ? kept.slice(0, lastSpace) : kept).trimEnd()}…`;
}

/** `1 tool`, `2 tools`, `1,024 tools`: a count with its noun, for every sentence that states one. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${nounFor(n, noun, plural)}`;
}

/** The noun alone, as the count asks: `category` for one, `categories` for the rest. */
export function nounFor(n: number, noun: string, plural = `${noun}s`): string {
  return n === 1 ? noun : plural;
}

/**
 * Removes spaces and tabs at the end of every line. The look-behind starts a match only where a
 * run of blanks starts: plain `/[ \t]+$/gm` retries from inside the run and took 2.7 s on one
 * 50 KB line of spaces.
 */
export function trimLineEnds(text: string): string {
  return text.replace(/(?<![ \t])[ \t]+$/gm, '');
}
