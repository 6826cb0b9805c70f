import { createHash } from 'node:crypto';

/**
 * A readable, stable URL segment for a tool name: `get_job_status` and `getJobStatus`
 * become `get-job-status`, `files.read` becomes `files-read`. Names with letters outside
 * ASCII keep what they can and gain a short hash of the full name, so two such names do
 * not collapse into one and the URL is never empty or unsafe.
 */
export function toolSlug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
  const base = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const lossy = /[^\x00-\x7F]/.test(ascii) || base === '';
  if (!lossy) return base;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return base ? `${base}-${hash}` : `tool-${hash}`;
}
