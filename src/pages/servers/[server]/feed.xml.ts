import type { APIContext } from 'astro';
import { atomXml, serverFeed } from '../../../site/feed.ts';
import { getSite } from '../../../site/load.ts';
import type { ServerEntry } from '../../../site/model.ts';
import { fileResponse } from '../../../site/responses.ts';

export function getStaticPaths() {
  return getSite().servers.map((entry) => ({ params: { server: entry.server.id }, props: { entry } }));
}

export function GET({ props }: APIContext<{ entry: ServerEntry }>): Response {
  return fileResponse(atomXml(serverFeed(props.entry)), 'application/atom+xml');
}
