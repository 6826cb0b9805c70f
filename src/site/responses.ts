/** A generated file as an endpoint returns it; the type names the charset for every text format. */
export function fileResponse(body: string, type: 'application/json' | 'application/xml' | 'application/atom+xml' | 'text/plain' | 'text/markdown'): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
