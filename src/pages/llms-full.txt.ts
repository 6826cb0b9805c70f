import { getSite } from '../site/load.ts';
import { llmsFullTxt } from '../site/llms.ts';
import { fileResponse } from '../site/responses.ts';

export function GET(): Response {
  return fileResponse(llmsFullTxt(getSite()), 'text/plain');
}
