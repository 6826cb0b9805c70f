import type { APIRoute, GetStaticPaths } from 'astro';
import type { StarterPolicy } from '../../policy/policies.ts';
import { starterOf } from '../../policy/site.ts';
import { getSite } from '../../site/load.ts';

/** Every server's starter policy in every dialect, as a file to download. */
export const getStaticPaths = (() =>
  getSite().servers.flatMap((entry) => starterOf(entry).map((starter) => ({ params: { file: starter.fileName }, props: { starter } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { starter } = props as { starter: StarterPolicy };
  return new Response(starter.text, { headers: { 'content-type': `${starter.dialect.mediaType}; charset=utf-8` } });
};
