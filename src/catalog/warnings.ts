import type { Finding } from './issues.ts';
import type { ValidFile } from './rules.ts';

// Warnings point at entries a reviewer should look at; they never stop a build.

/** An entry not reviewed for this long probably no longer matches what its server lists. */
export const STALE_AFTER_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from a YYYY-MM-DD date (midnight UTC) to `now`. */
export function daysSince(isoDate: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${isoDate}T00:00:00Z`)) / DAY_MS);
}

/** Warns when `updated` is more than STALE_AFTER_DAYS before `now`. */
export function entryIsStale({ server }: ValidFile, now: Date): Finding[] {
  const days = daysSince(server.updated, now);
  return days > STALE_AFTER_DAYS
    ? [{ path: ['updated'], message: `not updated for ${days} days (over ${STALE_AFTER_DAYS}): re-import the tools or review the entry, then set updated` }]
    : [];
}

const REGISTRY = /^(npm|pypi|docker|oci|nuget|cargo|go|remote):/i;

/**
 * One key per published package: a bare name means PyPI, and PyPI treats runs of `-`, `_`
 * and `.` alike (PEP 503), so `pypi:Foo_Bar` and `foo-bar` are the same package.
 */
export function packageKey(pkg: string): string {
  const lower = pkg.toLowerCase();
  const match = REGISTRY.exec(lower);
  const registry = match ? match[1]! : 'pypi';
  const name = match ? lower.slice(match[0].length) : lower;
  return `${registry}:${registry === 'pypi' ? name.replace(/[-_.]+/g, '-') : name}`;
}

/** One key per source location: scheme, `www.`, case, `.git` and trailing slashes do not matter. */
export function sourceKey(url: string): string {
  const u = new URL(url);
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '').replace(/\.git$/, '').toLowerCase();
  return `${host}${path}`;
}

interface Signal {
  field: 'package' | 'source';
  key: (server: ValidFile['server']) => string | undefined;
  advice: string;
}

const SIGNALS: Signal[] = [
  { field: 'package', key: (s) => packageKey(s.package), advice: 'merge the entries if they are the same server' },
  {
    field: 'source',
    key: (s) => (s.source ? sourceKey(s.source) : undefined),
    advice: 'merge the entries if they are the same server; if one repository holds several servers, link each to its own folder',
  },
];

/**
 * Likely duplicates: two servers with the same package or the same source. Every file of a
 * group is warned, so the annotation lands on the file a pull request adds.
 */
export function likelyDuplicates<F extends ValidFile>(files: readonly F[]): Array<{ file: F; finding: Finding }> {
  const out: Array<{ file: F; finding: Finding }> = [];
  for (const signal of SIGNALS) {
    const groups = new Map<string, F[]>();
    for (const f of files) {
      const key = signal.key(f.server);
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const f of group) {
        const others = group.filter((g) => g !== f).map((g) => g.file);
        out.push({ file: f, finding: { path: [signal.field], message: `same ${signal.field} as ${others.join(', ')}: a likely duplicate (${signal.advice})` } });
      }
    }
  }
  return out;
}
