/** Strings JSON writes as they are, between quotes: no quote, backslash, control character or lone surrogate half. */
const PLAIN_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
/**
 * An object shape seen before: its keys in insertion order, and for each key in sorted order the `"key":` text that
 * opens its member. Rows of one file share a few shapes, so most objects find theirs among the recent ones.
 */
interface Shape {
  keys: readonly string[];
  sorted: readonly string[];
  members: readonly string[];
}

const SHAPES_KEPT = 64;
/** The recent shapes, replaced oldest first. */
const recentShapes: Shape[] = [];
let nextShapeSlot = 0;

/**
 * The shape of an object with these keys (insertion order). Compared key by key rather than by a joined string: keys
 * are interned, so comparing them is cheap, while joining and hashing a long string per object was not.
 */
function shapeOf(keys: readonly string[]): Shape {
  for (const shape of recentShapes) if (hasSameKeys(shape.keys, keys)) return shape;
  const sorted = [...keys].sort();
  const shape = { keys, sorted, members: sorted.map((key) => `${jsonString(key)}:`) };
  recentShapes[nextShapeSlot] = shape;
  nextShapeSlot = (nextShapeSlot + 1) % SHAPES_KEPT;
  return shape;
}

function hasSameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

function jsonString(text: string): string {
  return PLAIN_STRING.test(text) ? `"${text}"` : JSON.stringify(text);
}

/**
 * JSON with object keys sorted at every level and undefined members left out, so the same value always serialises
 * (and hashes) the same: audit events, record contents, signed report facts, model digests. Hot: called per record.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return jsonString(value);
  if (typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index++) out += (index > 0 ? ',' : '') + canonicalJson(value[index]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const { sorted, members } = shapeOf(Object.keys(object));
  let out = '{';
  for (let index = 0; index < sorted.length; index += 1) {
    const item = object[sorted[index]!];
    if (item === undefined) continue;
    out += (out.length > 1 ? ',' : '') + members[index] + canonicalJson(item);
  }
  return `${out}}`;
}
