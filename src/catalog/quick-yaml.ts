import jsyaml from 'js-yaml';
import { isScalar, Schema, type ScalarTag } from 'yaml';
import { LIMITS } from './limits.ts';
import { jsonDepth } from './schema/json-schema.ts';
import { ReadRecorder, type QuickPositions } from './quick-positions.ts';
import { parseYaml, type YamlSource } from './source.ts';

/**
 * A fast reader for catalog files that are fine, which is nearly all of them. The `yaml`
 * package keeps source positions (needed to point at a mistake) but reads about ten times
 * slower than js-yaml, which dominated `npm run check` and the build on large catalogs.
 *
 * To give the same data as the careful path, plain scalars resolve through the `yaml`
 * package's own YAML 1.2 core tags (null, bool, int, float), not js-yaml's. Anything unusual
 * returns undefined, and the caller reads the file the careful way: a parse error, a
 * duplicate key, an unknown tag, or an alias that shares a collection (the shape of an
 * alias bomb, which only the careful path caps). The same read notes where each value
 * stands (quick-positions.ts), so that placing a finding needs no second parse.
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

/**
 * Whether a plain scalar may be a core null, bool, int or float: each of those is empty or
 * starts with one of these characters (`~`, `null`, `true`, `false`, `0x1F`, `-1`, `.5`,
 * `.inf`). Most catalog text does not, and is known to be a string without trying the
 * eight patterns of the core tags.
 */
export const mayBeCoreValue = (text: string): boolean => text === '' || '~nNtTfF+-.0123456789'.includes(text[0]!);

const QUICK_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [...byTag].map(
    ([name, variants]) =>
      new jsyaml.Type(name, {
        kind: 'scalar',
        resolve: (data) => mayBeCoreValue(data ?? '') && variants.some((v) => v.test.test(data ?? '')),
        construct: (data) => valueOf(variants.find((v) => v.test.test(data ?? ''))!, data ?? ''),
      }),
  ),
});

/** A catalog file read the fast way: its data, and where its values stand when that can be told. */
export interface QuickRead {
  data: object;
  positions: QuickPositions | undefined;
}

/**
 * The data of a catalog file read the fast way, or undefined when it must be read carefully.
 * Whatever the careful reader rejects or words in its own way (an empty file, a `__proto__`
 * key, values nested past the limit, shared collections) goes to the careful reader.
 */
export function quickData(text: string): QuickRead | undefined {
  if (text.includes('__proto__')) return undefined;
  const read = new ReadRecorder();
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: QUICK_SCHEMA, listener: read.listener });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || read.repeatsCollection) return undefined;
  // js-yaml nests no deeper than its own limit (100), below ours; the walk is for a change of that.
  if (read.deepest > LIMITS.valueDepth && jsonDepth(data, LIMITS.valueDepth) > LIMITS.valueDepth) return undefined;
  return { data, positions: read.positions(text) };
}

/**
 * A YamlSource for a file read the fast way. Positions come from that read while the
 * caller holds them; after `release`, a position re-reads the file (which is not kept in
 * memory for the whole build). Where the fast read cannot tell a position, the careful
 * parser is asked.
 */
export function quickSource(positions: QuickPositions | undefined, readText: () => string): YamlSource {
  let text: string | undefined;
  let careful: YamlSource | undefined;
  const read = () => (text ??= readText());
  const parsed = () => (careful ??= parseYaml(read()).source);
  return {
    get doc() {
      return parsed().doc;
    },
    get lines() {
      return parsed().lines;
    },
    locate(path, atKey) {
      if (!positions && !careful) positions = quickData(read())?.positions;
      return positions?.locate(path, atKey) ?? parsed().locate(path, atKey);
    },
    release: () => {
      positions = text = careful = undefined;
    },
  };
}
