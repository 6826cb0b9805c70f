import { evaluate } from '@marcbachmann/cel-js';
import { isAuthorized } from '@cedar-policy/cedar-wasm/nodejs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { cedarString, celString, yamlSingle, yamlString } from '../../src/policy/escape.ts';

// Strings no catalog name may hold (control characters, line breaks) are included on purpose:
// the escaping must not rely on the catalog check.
const AWKWARD = ['plain', 'a.b-c', 'say "hi"', "it's", 'back\\slash', 'tab\there', 'line\nbreak', 'nul\u0000', 'del\u007f', 'sep\u2028x', 'é日本🚀', '${x}', '#c', '\\u0041'];

test.each(AWKWARD)('yamlString(%j) parses back to itself', (s) => {
  expect(parse(`k: ${yamlString(s)}`)).toEqual({ k: s });
});

test.each(AWKWARD)('celString(%j) evaluates back to itself', (s) => {
  expect(evaluate(celString(s))).toBe(s);
});

test.each(AWKWARD)('cedarString(%j) names exactly that entity', (s) => {
  const decide = (id: string) => {
    const answer = isAuthorized({
      principal: { type: 'User', id: 'u' },
      action: { type: 'Action', id: 'a' },
      resource: { type: 'Tool', id },
      context: {},
      policies: { staticPolicies: `permit(principal, action, resource == Tool::${cedarString(s)});` },
      entities: [],
    });
    if (answer.type !== 'success') throw new Error(answer.errors.map((e) => e.message).join('; '));
    return answer.response.decision;
  };
  expect(decide(s)).toBe('allow');
  expect(decide(`${s}x`)).toBe('deny');
});

test('yamlSingle keeps Cedar and CEL source readable and exact', () => {
  const source = `mcp.tool.name == ${celString("it's \"x\"")}`;
  expect(parse(`k: ${yamlSingle(source)}`)).toEqual({ k: source });
  expect(() => yamlSingle('a\nb')).toThrow();
});
