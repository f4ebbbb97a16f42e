// Reading a response body with a byte cap: stop (and cancel the download) as soon as it is
// exceeded, instead of buffering a 200 MB "image" first.

export type CappedRead = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; received: number };

export async function readCapped(response: Response, maxBytes: number): Promise<CappedRead> {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    return buffer.byteLength > maxBytes ? { ok: false, received: buffer.byteLength } : { ok: true, bytes: buffer };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, received };
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
