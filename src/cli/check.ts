// `npm run check`: validates the whole catalog and lists every problem, one per line.
import { checkCatalog, type CheckResult } from '../catalog/check.ts';
import { catalogDir } from '../catalog/folder.ts';
import { formatDiagnostic } from '../catalog/diagnostics.ts';
import { count } from '../catalog/words.ts';
import { onGitHubActions, workflowCommand } from '../catalog/workflow-commands.ts';

/**
 * Prints the check's findings; returns whether the catalog may be built. Every error is printed;
 * warnings up to `warningsShown`, so that a build of a large catalog is not buried in them.
 */
export function reportCheck(result: CheckResult, out = console, warningsShown = Infinity): boolean {
  const warnings = result.diagnostics.length - result.errorCount;
  let shown = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') out.error(formatDiagnostic(d));
    else if (shown++ < warningsShown) out.warn(formatDiagnostic(d));
  }
  if (warnings > warningsShown) out.warn(`… and ${count(warnings - warningsShown, 'more warning')}: npm run check lists them all`);
  const tools = result.files.reduce((n, f) => n + f.server.tools.length, 0);
  const summary =
    `${count(result.fileCount, 'file')} (${count(result.files.length, 'server')}, ${count(tools, 'tool')} read): ` +
    `${count(result.errorCount, 'error')}, ${count(warnings, 'warning')}`;
  (result.errorCount > 0 ? out.error : out.log)(`catalog check: ${summary}`);
  return result.errorCount === 0;
}

if (import.meta.main) {
  const result = checkCatalog(catalogDir());
  // Only here, not in the build's own check, so each finding is annotated once per CI run.
  if (onGitHubActions()) for (const d of result.diagnostics) console.log(workflowCommand(d));
  const ok = reportCheck(result);
  process.exitCode = ok ? 0 : 1;
}
