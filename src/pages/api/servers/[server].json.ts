import type { APIContext } from 'astro';
import { serverDocument } from '../../../site/api.ts';
import { getSite } from '../../../site/load.ts';
import type { ServerEntry } from '../../../site/model.ts';
import { fileResponse } from '../../../site/responses.ts';

export function getStaticPaths() {
  return getSite().servers.map((entry) => ({ params: { server: entry.server.id }, props: { entry } }));
}

export function GET({ props }: APIContext<{ entry: ServerEntry }>): Response {
  return fileResponse(JSON.stringify(serverDocument(props.entry)), 'application/json');
}
