import { catalogDocument } from '../../site/api.ts';
import { getSite } from '../../site/load.ts';
import { fileResponse } from '../../site/responses.ts';

export function GET(): Response {
  return fileResponse(JSON.stringify(catalogDocument(getSite())), 'application/json');
}
