// What `npm run build` shows of Astro's own log: all of it, except the line Astro writes for
// every file it generates, which becomes a count every thousand files. Astro writes each file's
// line as two events ("├─ /path", then " (+2ms)") and renders several pages at once, so at
// 5,000 tools its 11,600 lines come interleaved and unreadable, and at 50,000 there would be
// 116,000 of them in a CI log. Loaded by Astro as the `logger` entrypoint given in build-site.ts.
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';

const FILES_PER_PROGRESS_LINE = 1000;

/** Whether an event of Astro's log is one half of the line it writes for each generated file. */
export function isPerFileEvent({ level, label, message }: AstroLoggerMessage): boolean {
  if (level !== 'info') return false;
  const text = stripVTControlCharacters(message).trim();
  if (label === null) return text.startsWith('├─ ');
  return label === 'SKIP_FORMAT' && /^\((\+[\d.]+m?s|cached|restored)\)/.test(text);
}

/** Passes every event on to `inner` but the per-file ones, which it counts instead. */
export function countingFiles(inner: AstroLoggerDestination, every = FILES_PER_PROGRESS_LINE): AstroLoggerDestination {
  let files = 0;
  return {
    ...inner,
    write(event) {
      if (!isPerFileEvent(event)) return inner.write(event);
      if (event.label !== null) return;
      files += 1;
      if (files % every === 0) inner.write({ level: 'info', label: 'build', message: `${files.toLocaleString('en-US')} files generated`, newLine: true });
    },
  };
}

export default function buildLog(): AstroLoggerDestination {
  return countingFiles(nodeDestination());
}
