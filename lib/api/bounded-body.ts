// A request body read up to a limit and no further: a body without Content-Length (chunked)
// is counted as it arrives, and the stream is cancelled the moment it passes the limit, so
// an endless upload costs at most the limit in memory, not the upload.

export type BoundedBody = { ok: true; text: string } | { ok: false; tooLarge: true };

export async function readBodyUpTo(request: Request, maxBytes: number): Promise<BoundedBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) return { ok: false, tooLarge: true };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel("The body is larger than the limit.");
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}
