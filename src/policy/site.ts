import type { ServerEntry, ToolEntry } from '../site/model.ts';
import { starterPolicies, toolPolicies, toolPolicyJson, type StarterPolicy, type ToolPolicies, type ToolPolicyJson } from './policies.ts';

// Rendered where they are used (page, JSON, downloads) rather than kept for the whole build:
// rendering is a few string templates, while holding every tool's snippets of a 50,000-tool
// catalog took the build past its heap limit.

export function policiesOf(entry: ToolEntry): ToolPolicies {
  return toolPolicies(entry.tool, entry.server.server, entry.category);
}

export function policyJsonOf(entry: ToolEntry): ToolPolicyJson {
  return toolPolicyJson(policiesOf(entry), entry.tool, entry.server.server);
}

export function starterOf(entry: ServerEntry): StarterPolicy[] {
  return starterPolicies(entry.server, entry.tools.map((t) => ({ tool: t.tool, category: t.category })));
}
