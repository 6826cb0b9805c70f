import type { ServerEntry, ToolEntry } from '../site/model.ts';
import { starterPolicies, toolPolicies, toolPolicyJson, type StarterPolicy, type ToolPolicies, type ToolPolicyJson } from './policies.ts';

// Computed once per tool and server per build, shared by the page, the JSON and the downloads.
const byTool = new WeakMap<ToolEntry, ToolPolicies>();
const byServer = new WeakMap<ServerEntry, StarterPolicy[]>();

export function policiesOf(entry: ToolEntry): ToolPolicies {
  let p = byTool.get(entry);
  if (!p) {
    p = toolPolicies(entry.tool, entry.server.server, entry.category);
    byTool.set(entry, p);
  }
  return p;
}

export function policyJsonOf(entry: ToolEntry): ToolPolicyJson {
  return toolPolicyJson(policiesOf(entry), entry.tool, entry.server.server);
}

export function starterOf(entry: ServerEntry): StarterPolicy[] {
  let p = byServer.get(entry);
  if (!p) {
    p = starterPolicies(entry.server, entry.tools.map((t) => ({ tool: t.tool, category: t.category })));
    byServer.set(entry, p);
  }
  return p;
}
