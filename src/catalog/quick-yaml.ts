import jsyaml from 'js-yaml';
import { isScalar, Schema, type ScalarTag } from 'yaml';
import { LIMITS } from './limits.ts';
import { jsonDepth } from './schema/json-schema.ts';

/**
 * A fast reader for catalog files that are fine, which is nearly all of them. The `yaml`
 * package keeps source positions (needed to point at a mistake) but reads about ten times
 * slower than js-yaml, which dominated `npm run check` and the build on large catalogs.
 *
 * To give the same data as the careful path, plain scalars resolve through the `yaml`
 * package's own YAML 1.2 core tags (null, bool, int, float), not js-yaml's. Anything unusual
 * returns undefined, and the caller reads the file the careful way: a parse error, a
 * duplicate key, an unknown tag, or an alias that shares a collection (the shape of an
 * alias bomb, which only the careful path caps).
 */
const CORE_SCALARS = new Schema({ schema: 'core' }).tags.filter((t): t is ScalarTag & { test: RegExp } => 'test' in t && t.test instanceof RegExp);

// js-yaml keeps one type per tag, so the variants of a tag (int: octal, decimal, hex)
// become one type that tries them in the `yaml` package's order.
const byTag = new Map<string, Array<ScalarTag & { test: RegExp }>>();
for (const tag of CORE_SCALARS) byTag.set(tag.tag, [...(byTag.get(tag.tag) ?? []), tag]);

/** A scalar's value under `variant`, as the `yaml` package builds it. */
function valueOf(variant: ScalarTag, text: string): unknown {
  const value = variant.resolve(text, () => {}, { intAsBigInt: false } as never);
  return isScalar(value) ? value.value : value;
}

/** The value of a plain (unquoted) scalar under YAML 1.2 core, as the `yaml` package reads it. */
export function corePlainValue(text: string): unknown {
  for (const variants of byTag.values()) {
    const variant = variants.find((v) => v.test.test(text));
    if (variant) return valueOf(variant, text);
  }
  return text;
}

const QUICK_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [...byTag].map(
    ([name, variants]) =>
      new jsyaml.Type(name, {
        kind: 'scalar',
        resolve: (data) => variants.some((v) => v.test.test(data ?? '')),
        construct: (data) => valueOf(variants.find((v) => v.test.test(data ?? ''))!, data ?? ''),
      }),
  ),
});

/** Whether any array or object is reachable twice, which only YAML aliases can cause. */
function sharesCollections(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (seen.has(node)) return true;
    seen.add(node);
    for (const child of Object.values(node)) stack.push(child);
  }
  return false;
}

/**
 * The data of a catalog file read the fast way, or undefined when it must be read carefully.
 * Whatever the careful reader rejects or words in its own way (an empty file, a `__proto__`
 * key, values nested past the limit, shared collections) goes to the careful reader.
 */
export function quickData(text: string): { data: unknown } | undefined {
  if (text.includes('__proto__')) return undefined;
  try {
    const data = jsyaml.load(text, { schema: QUICK_SCHEMA });
    if (data === null || typeof data !== 'object') return undefined;
    if (jsonDepth(data, LIMITS.valueDepth) > LIMITS.valueDepth) return undefined;
    return sharesCollections(data) ? undefined : { data };
  } catch {
    return undefined;
  }
}
