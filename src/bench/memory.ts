import { readdirSync, readFileSync } from 'node:fs';

/** One process as /proc shows it: parent, command name and resident memory. */
export interface ProcessSample {
  pid: number;
  ppid: number;
  command: string;
  rssKB: number;
}

/** Peak resident memory of a process tree, in MB: all processes at once, and each command's own peak. */
export interface TreeMemory {
  /** Highest sum of RSS over the tree at any one sample. */
  treePeakMB: number;
  /** Highest RSS of any single process with this command name (`node`, `pagefind_ext`, …). */
  byCommand: Record<string, number>;
  samples: number;
}

/** Parses /proc/<pid>/stat and /proc/<pid>/status text; null when the process has no memory (a zombie, a kernel thread). */
export function parseProcess(pid: number, stat: string, status: string): ProcessSample | null {
  // The command sits in parentheses and may itself hold spaces and parentheses: split after the last ')'.
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const ppid = Number(stat.slice(close + 2).split(' ')[1]);
  const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!rss || !Number.isInteger(ppid)) return null;
  return { pid, ppid, command: stat.slice(open + 1, close), rssKB: Number(rss[1]) };
}

/** The processes in `root`'s tree (itself and every descendant) from one pass over all processes. */
export function treeOf(root: number, all: readonly ProcessSample[]): ProcessSample[] {
  const children = new Map<number, ProcessSample[]>();
  for (const p of all) {
    const siblings = children.get(p.ppid);
    if (siblings) siblings.push(p);
    else children.set(p.ppid, [p]);
  }
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!.pid) ?? []));
  return tree;
}

function readProcesses(): ProcessSample[] {
  const out: ProcessSample[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const p = parseProcess(Number(name), readFileSync(`/proc/${name}/stat`, 'utf8'), readFileSync(`/proc/${name}/status`, 'utf8'));
      if (p) out.push(p);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/**
 * Samples the memory of `root` and all its descendants every `intervalMs` until stopped.
 * GNU time alone cannot give this: it reports one process's peak (the largest reaped one),
 * never the sum of a build and the Pagefind process it runs beside it.
 */
export function sampleTreeMemory(root: number, intervalMs = 100): { stop: () => TreeMemory } {
  let treePeakKB = 0;
  let samples = 0;
  const byCommand: Record<string, number> = {};
  const sample = () => {
    const tree = treeOf(root, readProcesses());
    if (tree.length === 0) return;
    samples++;
    treePeakKB = Math.max(treePeakKB, tree.reduce((sum, p) => sum + p.rssKB, 0));
    for (const p of tree) byCommand[p.command] = Math.max(byCommand[p.command] ?? 0, p.rssKB);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const mb = (kb: number) => Math.round(kb / 1024);
      return { treePeakMB: mb(treePeakKB), byCommand: Object.fromEntries(Object.entries(byCommand).map(([c, kb]) => [c, mb(kb)])), samples };
    },
  };
}
