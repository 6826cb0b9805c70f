import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sampleTreeMemory, type TreeMemory } from './memory.ts';

export interface LogLine {
  /** Milliseconds since the process started, when the line arrived. */
  at: number;
  text: string;
}

export interface Timed {
  ok: boolean;
  ms: number;
  /** Peak resident memory of the process and all it starts (Pagefind too), sampled from /proc where there is one. */
  memory: TreeMemory | null;
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
 * only show up in the log (such as indexing inside the build) can be timed too. CPU time
 * comes from GNU time; memory from sampling the whole process tree (src/bench/memory.ts).
 */
export function timed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Timed> {
  const useTime = existsSync(GNU_TIME);
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const cpuFile = join(tmp, 'cpu');
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = existsSync('/proc/self/status') && child.pid !== undefined ? sampleTreeMemory(child.pid) : null;
  const lines: LogLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ at: performance.now() - start, text }));
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const memory = sampler?.stop() ?? null;
      let cpuMs: number | null = null;
      if (useTime && existsSync(cpuFile)) {
        // GNU time may print a status line first; its own figures are on the last line.
        const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = Math.round((user! + sys!) * 1000);
      }
      rmSync(tmp, { recursive: true, force: true });
      lines.sort((a, b) => a.at - b.at);
      resolve({ ok: code === 0, ms: Math.round(ms), memory, cpuMs, lines });
    });
  });
}

/**
 * What the search integration reports when it indexes beside the render: how long indexing
 * took, and how long the build then waited for it (src/integrations/pagefind.ts logs both).
 */
export function indexingMs(run: Timed): { ms: number; waitMs: number } | null {
  for (const { text } of run.lines) {
    const m = /Pagefind indexed \d+ pages in ([\d.]+)s .*waited ([\d.]+)s/.exec(text);
    if (m) return { ms: Math.round(Number(m[1]) * 1000), waitMs: Math.round(Number(m[2]) * 1000) };
  }
  return null;
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
