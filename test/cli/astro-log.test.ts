import { expect, test } from 'vitest';
import type { AstroLoggerMessage } from 'astro';
import { countingFiles, isPerFileEvent } from '../../src/cli/astro-log.ts';

// The events as Astro 7 writes them for one generated file (generate.js), colours included.
const fileLine = (path: string): AstroLoggerMessage[] => [
  { level: 'info', label: null, message: `  \u001b[34m├─\u001b[39m \u001b[2m${path}\u001b[22m`, newLine: false },
  { level: 'info', label: 'SKIP_FORMAT', message: ' \u001b[2m(+12ms)\u001b[22m ', newLine: true },
];
const info = (label: string | null, message: string): AstroLoggerMessage => ({ level: 'info', label, message, newLine: true });

test('the two halves of a generated file’s line are per-file events; other lines are not', () => {
  expect(fileLine('/servers/a/index.html').map(isPerFileEvent)).toEqual([true, true]);
  expect(isPerFileEvent({ level: 'info', label: 'SKIP_FORMAT', message: ' \u001b[31m(+1.20s)\u001b[39m ', newLine: true })).toBe(true);
  expect(isPerFileEvent(info('SKIP_FORMAT', ' \u001b[32m(cached)\u001b[39m'))).toBe(true);
  expect(isPerFileEvent(info('SKIP_FORMAT', '\n\u001b[42m generating static routes \u001b[49m'))).toBe(false);
  expect(isPerFileEvent(info(null, '\u001b[32m✓ Completed in 20.12s.\n\u001b[39m'))).toBe(false);
  expect(isPerFileEvent(info('build', '5418 page(s) built in 22.62s'))).toBe(false);
  expect(isPerFileEvent({ level: 'warn', label: null, message: '├─ looks like a file line but warns', newLine: true })).toBe(false);
});

test('per-file lines become a count every N files; everything else passes through in order', () => {
  const written: AstroLoggerMessage[] = [];
  const log = countingFiles({ write: (e) => void written.push(e) }, 2);
  log.write(info('SKIP_FORMAT', ' generating static routes '));
  for (const path of ['/a/', '/b/', '/c/']) fileLine(path).forEach((e) => log.write(e));
  log.write({ level: 'error', label: 'build', message: 'Caught error rendering /d/', newLine: true });
  for (const path of ['/d/', '/e/']) fileLine(path).forEach((e) => log.write(e));
  expect(written.map((e) => `${e.level} ${e.label} ${e.message}`)).toEqual([
    'info SKIP_FORMAT  generating static routes ',
    'info build 2 files generated',
    'error build Caught error rendering /d/',
    'info build 4 files generated',
  ]);
});
