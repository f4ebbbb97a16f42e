// Blob → data: URI without FileReader (absent in service workers) and without Node's Buffer.

const CHUNK = 0x8000; // String.fromCharCode(...) argument count stays far below engine limits

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export async function blobToDataUri(blob: Blob, type = blob.type || 'application/octet-stream'): Promise<string> {
  return `data:${type};base64,${bytesToBase64(new Uint8Array(await blob.arrayBuffer()))}`;
}
