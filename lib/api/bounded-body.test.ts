import { describe, expect, it } from "vitest";
import { readBodyUpTo } from "./bounded-body";

/** A body of `chunks` chunks of `size` bytes, streamed (no length), that notes how far it was read. */
function streamed(chunks: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      seen.cancelled = true;
    },
  }, { highWaterMark: 0 });
  const request = new Request("http://localhost/api/v1/clients", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, seen };
}

describe("a request body read up to a limit", () => {
  it("stops reading a streamed body as soon as it passes the limit, and cancels the rest", async () => {
    const { request, seen } = streamed(1_000, 10_000); // 10 MB on offer
    expect(await readBodyUpTo(request, 100_000)).toEqual({ ok: false, tooLarge: true });
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBe(11); // 110,000 bytes: the first chunk over the limit
  });

  it("reads a body within the limit whole", async () => {
    const { request } = streamed(10, 10_000);
    const read = await readBodyUpTo(request, 100_000);
    expect(read.ok && read.text.length).toBe(100_000);
  });

  it("refuses a declared length over the limit without reading", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: "{}", headers: { "content-length": "100001" } });
    expect(await readBodyUpTo(request, 100_000)).toEqual({ ok: false, tooLarge: true });
    expect(request.bodyUsed).toBe(false);
    expect(await readBodyUpTo(new Request("http://localhost/", { method: "POST", body: '{"a":"é"}' }), 100)).toEqual({ ok: true, text: '{"a":"é"}' });
  });
});
