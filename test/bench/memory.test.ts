import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { parseProcess, sampleTreeMemory, treeOf, type ProcessSample } from '../../src/bench/memory.ts';

const status = (rssKB: number) => `Name:\tnode\nState:\tS (sleeping)\nVmPeak:\t  999 kB\nVmRSS:\t  ${rssKB} kB\nThreads:\t7\n`;

test('reads parent, command and resident memory; a command name with spaces and parentheses stays whole', () => {
  expect(parseProcess(42, '42 (node) S 7 42 42 0 -1', status(1234))).toEqual({ pid: 42, ppid: 7, command: 'node', rssKB: 1234 });
  expect(parseProcess(43, '43 (a (b) c) R 42 43 43 0 -1', status(10))).toEqual({ pid: 43, ppid: 42, command: 'a (b) c', rssKB: 10 });
});

test('a process without resident memory (a zombie, a kernel thread) is skipped', () => {
  expect(parseProcess(44, '44 (pagefind) Z 42 44 44 0 -1', 'Name:\tpagefind\nState:\tZ (zombie)\n')).toBeNull();
});

test("the tree is the process and all its descendants, not its parent's other children", () => {
  const p = (pid: number, ppid: number): ProcessSample => ({ pid, ppid, command: `p${pid}`, rssKB: pid });
  const all = [p(1, 0), p(10, 1), p(11, 10), p(12, 11), p(20, 1), p(13, 10)];
  expect(treeOf(10, all).map((x) => x.pid).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
  expect(treeOf(99, all)).toEqual([]);
});

test('a real process tree: the child started by a shell is counted', async () => {
  // A shell that starts a node holding ~100 MB, so the peak must exceed the shell's own few MB.
  const child = spawn('sh', ['-c', `${process.execPath} -e "const b = Buffer.alloc(100 * 2 ** 20, 1); setTimeout(() => b.length, 1500)"`]);
  const sampler = sampleTreeMemory(child.pid!, 20);
  await new Promise((resolve) => child.on('close', resolve));
  const memory = sampler.stop();
  expect(memory.samples).toBeGreaterThan(5);
  expect(memory.byCommand.node).toBeGreaterThan(100);
  expect(memory.treePeakMB).toBeGreaterThanOrEqual(memory.byCommand.node! + (memory.byCommand.sh ?? 0));
});
