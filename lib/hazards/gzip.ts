/** Unpacking gzip that the extension itself stored (already checked when it was downloaded). */

function inflate(bytes: Uint8Array): Response {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Response(stream);
}

export async function gunzipBytes(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await inflate(bytes).arrayBuffer());
}

export function gunzipText(bytes: Uint8Array): Promise<string> {
  return inflate(bytes).text();
}
