import type { APIRoute, GetStaticPaths } from 'astro';
import { policyJsonOf } from '../../../../policy/site.ts';
import type { ToolEntry } from '../../../../site/model.ts';
import { getSite } from '../../../../site/load.ts';

/** Each tool's snippets as JSON, so they can be checked outside the site. */
export const getStaticPaths = (() =>
  getSite().tools.map((entry) => ({ params: { server: entry.server.server.id, tool: entry.slug }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: ToolEntry };
  return new Response(`${JSON.stringify(policyJsonOf(entry), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
