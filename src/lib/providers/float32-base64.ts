// OpenAI's encoding_format "base64": the vector's float32 values as little-endian bytes, base64-encoded.
// Read with a DataView so the result does not depend on the machine's byte order.
import { base64ToBytes } from '../util/base64.ts';

/** The vector, or undefined when the text is not base64 of a whole number of float32 values. */
export function decodeFloat32Base64(text: string): Float32Array | undefined {
  const bytes = base64ToBytes(text);
  if (bytes === undefined || bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}
