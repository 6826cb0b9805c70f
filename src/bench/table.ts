import { ratio, type BenchResults, type FloorResult, type SizeResult } from './bench.ts';
import type { TreeMemory } from './memory.ts';

const kb = (bytes: number | null | undefined) => (bytes == null ? '–' : `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const s = (ms: number | null) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const int = (n: number) => n.toLocaleString('en-US');

/** "1,681 MB (node 1,168, pagefind 500)": the tree's peak, then each program's own peak. */
function memoryCell(memory: TreeMemory | null): string {
  if (!memory) return '–';
  const parts = Object.entries(memory.byCommand)
    .filter(([, mbs]) => mbs >= 50)
    .sort((a, b) => b[1] - a[1])
    .map(([command, mbs]) => `${command.replace(/_extend(ed)?$/, '')} ${int(mbs)}`);
  return `${int(memory.treePeakMB)} MB${parts.length > 1 ? ` (${parts.join(', ')})` : ''}`;
}

function indexCell(index: SizeResult['index']): string {
  if (index.mode === 'beside-render') return `${s(index.ms)} (waited ${s(index.waitMs)})`;
  return index.mode === 'none' ? '–' : `${s(index.ms)} (${index.mode})`;
}

/** The results as a Markdown table: per size, a row for our build and one for each floor. */
export function resultsTable(results: BenchResults): string {
  const head = ['Tools', 'Site', 'Check', 'Build (CPU)', 'Render', 'Index', 'Pages', 'ms/page', 'Peak memory', 'Dist', 'Files', 'First query', 'Tool page (gz, max)', '× floor'];
  const rows = [head, head.map(() => '---')];
  for (const r of results.sizes) {
    rows.push([
      r.tools.toLocaleString('en-US'),
      'atlas',
      s(r.check.ms),
      `${s(r.build.ms)} (${s(r.build.cpuMs)})`,
      s(r.build.renderMs),
      indexCell(r.index),
      r.build.pages.toLocaleString('en-US'),
      String(r.build.msPerPage),
      memoryCell(r.build.memory),
      mb(r.dist.bytes),
      r.dist.files.toLocaleString('en-US'),
      kb(r.search?.total),
      kb(r.toolPage.gzipMax),
      `${r.buildVsFloor}× (CPU ${r.buildCpuVsFloor ?? '–'}×, render ${r.renderVsFloor ?? '–'}×; ${r.buildVsSameFilesFloor}× the same-files floor)`,
    ]);
    const floorRow = (name: string, f: FloorResult, vsFloor: string) => [
      '',
      name,
      '–',
      `${s(f.build.ms)} (${s(f.build.cpuMs)})`,
      s(f.build.renderMs),
      '–',
      f.build.pages.toLocaleString('en-US'),
      String(f.build.msPerPage),
      memoryCell(f.build.memory),
      mb(f.dist.bytes),
      f.dist.files.toLocaleString('en-US'),
      '–',
      '–',
      vsFloor,
    ];
    rows.push(floorRow('floor', r.floor, '1×'));
    rows.push(floorRow('floor, same files', r.sameFilesFloor, `${ratio(r.sameFilesFloor.build.ms, r.floor.build.ms)}×`));
  }
  const lines = rows.map((r) => `| ${r.join(' | ')} |`);
  const scaling = results.scaling.map((x) => `${x.from.toLocaleString('en-US')} → ${x.to.toLocaleString('en-US')} tools (${x.toolsRatio}×): build time ${x.buildTimeRatio}×, CPU ${x.buildCpuRatio ?? '–'}×`);
  return [...lines, '', ...scaling].join('\n');
}
