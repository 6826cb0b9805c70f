import { atomXml, siteFeed } from '../site/feed.ts';
import { getSite } from '../site/load.ts';
import { fileResponse } from '../site/responses.ts';

export function GET(): Response {
  return fileResponse(atomXml(siteFeed(getSite())), 'application/atom+xml');
}
