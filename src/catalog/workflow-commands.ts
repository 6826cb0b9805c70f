import type { Diagnostic } from './diagnostics.ts';

// GitHub Actions reads `::command props::message` lines from a step's output and turns them
// into annotations on the changed lines of a pull request. Escaping follows the runner's
// rules: in the message `%`, CR and LF; in property values also `:` and `,`, which would
// otherwise end the property.

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=catalog/servers/x.yaml,line=12,col=7,title=tools[3].name::is required` */
export function workflowCommand(d: Diagnostic): string {
  const props: Array<[string, string]> = [
    ['file', d.file],
    ['line', String(d.line)],
    ['col', String(d.column)],
  ];
  if (d.path) props.push(['title', d.path]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
  return `::${d.severity} ${list}::${escapeData(d.message)}`;
}

/** Whether the check runs on a GitHub Actions runner, which sets GITHUB_ACTIONS=true. */
export function onGitHubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}
