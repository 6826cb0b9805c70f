import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface LogLine {
  /** Milliseconds since the process started, when the line arrived. */
  at: number;
  text: string;
}

export interface Timed {
  ok: boolean;
  ms: number;
  /** Peak resident memory of the process tree in MB, when GNU time is available. */
  maxRssMB: number | null;
  /**
   * CPU time (user + system) of the process and its children, when GNU time is available.
   * Less disturbed than wall time by other work on a shared machine.
   */
  cpuMs: number | null;
  lines: LogLine[];
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command and times it. Each output line keeps its arrival time, so phases that
 * only show up in the log (such as indexing inside the build) can be timed too. Peak
 * memory comes from GNU time, which reports the largest RSS of the process and its children.
 */
export function timed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Timed> {
  const useTime = existsSync(GNU_TIME);
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const rssFile = join(tmp, 'rss');
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ at: performance.now() - start, text }));
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      let maxRssMB: number | null = null;
      let cpuMs: number | null = null;
      if (useTime && existsSync(rssFile)) {
        // GNU time may print a status line first; its own figures are on the last line.
        const [kb, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        if (Number.isFinite(kb)) maxRssMB = Math.round(kb! / 1024);
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = Math.round((user! + sys!) * 1000);
      }
      rmSync(tmp, { recursive: true, force: true });
      lines.sort((a, b) => a.at - b.at);
      resolve({ ok: code === 0, ms: Math.round(ms), maxRssMB, cpuMs, lines });
    });
  });
}

/**
 * How long a phase that logs took: from the log line before the first line that matches (the
 * phase began after it) to the last line that matches (an integration reports when it is
 * done, as the Pagefind integration does). Null when no line matches.
 */
export function phaseMs(run: Timed, pattern: RegExp): number | null {
  const idx = run.lines.flatMap((l, i) => (pattern.test(l.text) ? [i] : []));
  if (idx.length === 0) return null;
  const start = run.lines[idx[0]! - 1]?.at ?? 0;
  return Math.round(run.lines[idx[idx.length - 1]!]!.at - start);
}

/** Astro's own timing of page generation ("generating static routes … Completed in 6.52s"), in ms. */
export function renderPhaseMs(run: Timed): number | null {
  const start = run.lines.findIndex((l) => /generating static routes/.test(l.text));
  if (start < 0) return null;
  for (const line of run.lines.slice(start + 1)) {
    const ms = durationMs(line.text);
    if (ms !== null) return ms;
  }
  return null;
}

/** Milliseconds from Astro's "Completed in 850ms" / "in 6.52s" / "in 1m 5s" (minute totals are rounded to the second). */
export function durationMs(text: string): number | null {
  const m = /Completed in (?:(\d+)m\s*(\d+)s|([\d.]+)(ms|s))/.exec(text);
  if (!m) return null;
  if (m[1] !== undefined) return (Number(m[1]) * 60 + Number(m[2])) * 1000;
  return Math.round(Number(m[3]) * (m[4] === 's' ? 1000 : 1));
}
