import { describe, expect, test } from 'vitest';
import { effectiveHints, toolTitle } from '../../src/catalog/annotations.ts';

const byHint = (annotations: Parameters<typeof effectiveHints>[0]) =>
  Object.fromEntries(effectiveHints(annotations).map((h) => [h.hint, [h.declared, h.effective, h.source]]));

describe('effectiveHints', () => {
  test('absent annotations take the specification defaults, and say so', () => {
    expect(byHint(undefined)).toEqual({
      readOnlyHint: [undefined, false, 'spec default'],
      destructiveHint: [undefined, true, 'spec default'],
      idempotentHint: [undefined, false, 'spec default'],
      openWorldHint: [undefined, true, 'spec default'],
    });
  });

  test('declared values win over defaults, including an explicit false', () => {
    expect(byHint({ destructiveHint: false, openWorldHint: false })).toMatchObject({
      destructiveHint: [false, false, 'declared'],
      openWorldHint: [false, false, 'declared'],
      readOnlyHint: [undefined, false, 'spec default'],
    });
  });

  test('destructive and idempotent mean nothing on a read-only tool', () => {
    expect(byHint({ readOnlyHint: true, destructiveHint: true })).toMatchObject({
      readOnlyHint: [true, true, 'declared'],
      destructiveHint: [true, null, 'not applicable (read-only)'],
      idempotentHint: [undefined, null, 'not applicable (read-only)'],
    });
  });
});

test("a tool's title is its own, else the older annotations.title, else none", () => {
  expect(toolTitle({ title: 'Purge queue', annotations: { title: 'Old title' } })).toBe('Purge queue');
  expect(toolTitle({ annotations: { title: 'Old title' } })).toBe('Old title');
  expect(toolTitle({})).toBeUndefined();
});
