/**
 * JSON in pieces. A corpus report of tens of thousands of articles serialises to more than V8's
 * longest string (about 512 MB), so `JSON.stringify(report)` throws `RangeError: Invalid string length`.
 * These generators yield the same text, byte for byte, one array element at a time.
 *
 * @module
 */

/**
 * Yields `JSON.stringify(value)` in pieces: the top-level object's arrays one element at a time.
 * Properties that are `undefined` are left out and array holes become `null`, as `JSON.stringify` does.
 */
export function* jsonChunks(value: Readonly<Record<string, unknown>>): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(field)) {
      yield JSON.stringify(field);
      continue;
    }
    yield '[';
    for (let i = 0; i < field.length; i++) yield `${i === 0 ? '' : ','}${JSON.stringify(field[i]) ?? 'null'}`;
    yield ']';
  }
  yield '}';
}

/** Yields each item as one JSON line. */
export function* jsonLines(items: Iterable<unknown>): Generator<string> {
  for (const item of items) yield `${JSON.stringify(item)}\n`;
}
