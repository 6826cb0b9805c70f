import type { Random } from './random.ts';

const WORDS = [
  'returns', 'the', 'a', 'list', 'of', 'items', 'for', 'given', 'user', 'project', 'with', 'optional', 'filters',
  'results', 'are', 'paginated', 'use', 'cursor', 'to', 'fetch', 'next', 'page', 'requires', 'permission', 'scope',
  'when', 'set', 'this', 'tool', 'will', 'also', 'include', 'archived', 'entries', 'timestamps', 'in', 'UTC',
  'identifier', 'must', 'be', 'valid', 'otherwise', 'an', 'error', 'is', 'raised', 'by', 'server', 'rate', 'limited',
  'at', 'requests', 'per', 'minute', 'data', 'may', 'stale', 'up', 'seconds', 'region', 'default', 'value', 'field',
];

// Text that looks like markup: a page must show it as text, never run or render it.
const HTML_LIKE = [
  '<b>Note:</b> this is not bold on our pages.',
  'Example: <script>alert("x")</script> must stay text.',
  '<img src=x onerror=alert(1)> is escaped.',
  'Returns `List<String>` when a < b && c > d.',
  '<details><summary>More</summary>hidden</details>',
  '<a href="javascript:alert(1)">click</a>',
  'Use <tool_name> as a placeholder & keep &amp; entities.',
];

/** Description size classes, by share of tools; the tail reaches 50 KB as real descriptions do. */
export const DESCRIPTION_SIZES = ['empty', 'short', 'medium', 'long', 'huge'] as const;
export type DescriptionSize = (typeof DESCRIPTION_SIZES)[number];
const SIZE_SHARES: Array<[DescriptionSize, number]> = [['empty', 0.06], ['short', 0.55], ['medium', 0.3], ['long', 0.07], ['huge', 0.02]];
export const HUGE_DESCRIPTION_CHARS = 50_000;

export function pickDescriptionSize(rnd: Random): DescriptionSize {
  let x = rnd.next();
  for (const [size, share] of SIZE_SHARES) {
    if (x < share) return size;
    x -= share;
  }
  return 'short';
}

export function sentence(rnd: Random, min = 5, max = 16): string {
  const words = Array.from({ length: rnd.int(min, max) }, () => rnd.pick(WORDS));
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

const paragraph = (rnd: Random) => Array.from({ length: rnd.int(1, 4) }, () => sentence(rnd)).join(' ');

/** One Markdown block: a paragraph, a list, a fenced code block, a heading, a link or markup-like text. */
function block(rnd: Random): string {
  switch (rnd.int(0, 6)) {
    case 0:
      return Array.from({ length: rnd.int(2, 6) }, () => `- **${rnd.pick(WORDS)}**: ${sentence(rnd, 3, 9)}`).join('\n');
    case 1:
      return `\`\`\`json\n{"${rnd.pick(WORDS)}": ${rnd.int(0, 999)}, "cursor": "abc"}\n\`\`\``;
    case 2:
      return `## ${sentence(rnd, 1, 3).slice(0, -1)}`;
    case 3:
      return `See [the docs](https://example.com/docs/${rnd.pick(WORDS)}) and \`${rnd.pick(WORDS)}_id\`. ${sentence(rnd)}`;
    case 4:
      return rnd.pick(HTML_LIKE);
    default:
      return paragraph(rnd);
  }
}

/** A tool description of the given size class; `undefined` stands for a tool that has none. */
export function description(rnd: Random, size: DescriptionSize): string | undefined {
  switch (size) {
    case 'empty':
      return rnd.chance(0.5) ? undefined : '';
    case 'short':
      return sentence(rnd);
    case 'medium': {
      const text = [sentence(rnd), ...Array.from({ length: rnd.int(1, 4) }, () => block(rnd))].join('\n\n');
      // Python servers send docstrings indented after the first line.
      return rnd.chance(0.2) ? text.replace(/\n/g, '\n    ') : text;
    }
    case 'long':
    case 'huge': {
      const target = size === 'long' ? rnd.int(2_000, 10_000) : rnd.int(20_000, HUGE_DESCRIPTION_CHARS);
      const blocks = [sentence(rnd)];
      let length = blocks[0]!.length;
      while (length < target) {
        const b = block(rnd);
        blocks.push(b);
        length += b.length + 2;
      }
      return blocks.join('\n\n').slice(0, target).trimEnd();
    }
  }
}
