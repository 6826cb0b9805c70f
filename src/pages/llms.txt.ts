import { getSite } from '../site/load.ts';
import { llmsTxt } from '../site/llms.ts';
import { fileResponse } from '../site/responses.ts';

export function GET(): Response {
  return fileResponse(llmsTxt(getSite()), 'text/plain');
}
