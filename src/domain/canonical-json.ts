/** Strings JSON writes as they are, between quotes: no quote, backslash, control character or lone surrogate half. */
const PLAIN_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
const SORTED_SHAPES_KEPT = 1_000;
/** The sorted keys of each object shape seen (its keys in insertion order): rows of one file share a few shapes. */
const sortedKeysOfShape = new Map<string, string[]>();

function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  const shape = keys.join('\u0000');
  let sorted = sortedKeysOfShape.get(shape);
  if (!sorted) {
    sorted = keys.sort();
    if (sortedKeysOfShape.size >= SORTED_SHAPES_KEPT) sortedKeysOfShape.clear();
    sortedKeysOfShape.set(shape, sorted);
  }
  return sorted;
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
  let out = '{';
  for (const key of sortedKeys(object)) {
    const item = object[key];
    if (item === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${jsonString(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
