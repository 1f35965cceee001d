/**
 * Bytes → text, refusing what is not text: a NUL byte (a binary file) or invalid UTF-8. Refusing is
 * better than decoding with U+FFFD replacements, which would silently change quotes and offsets.
 *
 * @module
 */

/** The decoded text, or why the bytes are not UTF-8 text. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (a leading byte-order mark is dropped). */
export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file, not text (NUL byte at offset ${nul})` };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: `not valid UTF-8 text (invalid byte sequence near offset ${firstInvalidOffset(bytes)})` };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
