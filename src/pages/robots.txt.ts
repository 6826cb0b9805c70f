import { fileResponse } from '../site/responses.ts';
import { robotsTxt } from '../site/sitemap.ts';

export function GET(): Response {
  return fileResponse(robotsTxt(), 'text/plain');
}
