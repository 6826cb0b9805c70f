import { describe, expect, test } from 'vitest';
import { toolSlug } from '../../src/catalog/slug.ts';

describe('toolSlug', () => {
  test.each([
    ['get_job_status', 'get-job-status'],
    ['getJobStatus', 'get-job-status'],
    ['GetJobStatus', 'get-job-status'],
    ['files.read_text', 'files-read-text'],
    ['HTTPRequest', 'http-request'],
    ['list--things__', 'list-things'],
    ['  spaced name ', 'spaced-name'],
    ['café', 'cafe'],
  ])('%s → %s', (name, slug) => {
    expect(toolSlug(name)).toBe(slug);
  });

  test('is stable: the same name always gives the same slug', () => {
    expect(toolSlug('データを読む')).toBe(toolSlug('データを読む'));
  });

  test('names with non-ASCII letters keep a readable part and gain a hash, so they do not collide', () => {
    const a = toolSlug('read_データ');
    const b = toolSlug('read_ファイル');
    expect(a).toMatch(/^read-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });

  test('a name with nothing sluggable still gets a safe, non-empty slug', () => {
    expect(toolSlug('🚀')).toMatch(/^tool-[0-9a-f]{8}$/);
    expect(toolSlug('../../etc/passwd')).toBe('etc-passwd');
  });

  test('slugs are URL-safe and bounded', () => {
    const slug = toolSlug('x'.repeat(500));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9-]+$/);
  });
});
