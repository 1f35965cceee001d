/**
 * A whole readable stream as bytes (standard input, for `-` and `@-`).
 *
 * @module
 */

import type { Readable } from 'node:stream';

/** Reads `stream` to its end. */
export async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
