import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LIMITS } from '../../src/catalog/limits.ts';
import { ROOT } from '../helpers/build.ts';

test('the README states every limit as the check enforces it', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Limits'), readme.indexOf('\n## ', readme.indexOf('## Limits') + 1));
  for (const value of Object.values(LIMITS)) expect(section).toContain(`| ${value.toLocaleString('en-US')} `);
});
