import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalContent, canonicalJson, eventHash, GENESIS_HASH, verifyChain, type ChainedRow } from "./chain";

function chain(n: number): ChainedRow[] {
  const rows: ChainedRow[] = [];
  let prev = GENESIS_HASH;
  for (let id = 1; id <= n; id++) {
    const content = { id, occurredAt: 1_700_000_000_000 + id, actorId: 1, kind: "setback.updated", setbackId: 7, clientId: 3, data: canonicalJson({ n: id }) };
    const hash = eventHash(prev, content);
    rows.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe("canonicalJson", () => {
  it("sorts keys at every depth so equal content hashes the same", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe("canonicalContent", () => {
  it("writes exactly what canonicalJson writes for an event's content, so hashes do not change", () => {
    const id = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 2 ** 40 }));
    fc.assert(
      fc.property(fc.integer({ min: 1 }), fc.integer({ min: 0, max: 2 ** 45 }), id, fc.string({ unit: "grapheme" }), id, id, fc.json(), (n, occurredAt, actorId, kind, setbackId, clientId, data) => {
        const content = { id: n, occurredAt, actorId, kind, setbackId, clientId, data };
        expect(canonicalContent(content)).toBe(canonicalJson({ ...content }));
      }),
      { numRuns: 500 },
    );
  });
});

describe("verifyChain", () => {
  it("accepts an intact chain and counts it", () => {
    const rows = chain(5);
    expect(verifyChain(rows, { id: 5, hash: rows[4].hash })).toEqual({ ok: true, count: 5, headHash: rows[4].hash });
  });

  it("accepts an empty chain", () => {
    expect(verifyChain([], null)).toEqual({ ok: true, count: 0, headHash: GENESIS_HASH });
  });

  it("names an edited event", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], data: canonicalJson({ n: 99 }) };
    expect(verifyChain(rows)).toMatchObject({ ok: false, brokenId: 3, count: 2 });
  });

  it("names the event after a deleted one", () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(verifyChain(rows)).toMatchObject({ ok: false, brokenId: 3 });
  });

  it("detects a deleted last event against the recorded head", () => {
    const rows = chain(5);
    expect(verifyChain(rows.slice(0, 4), { id: 5, hash: rows[4].hash })).toMatchObject({ ok: false, brokenId: 5 });
  });

  it("detects two events swapped in place", () => {
    const rows = chain(4);
    const swapped = [rows[0], { ...rows[2], id: 2 }, { ...rows[1], id: 3 }, rows[3]];
    expect(verifyChain(swapped)).toMatchObject({ ok: false, brokenId: 2 });
  });

  it("detects a rewritten event whose hash was recomputed, at the next event", () => {
    const rows = chain(4);
    const forged = { ...rows[1], data: canonicalJson({ n: -1 }) };
    forged.hash = eventHash(forged.prevHash, forged);
    rows[1] = forged;
    expect(verifyChain(rows)).toMatchObject({ ok: false, brokenId: 3 });
  });
});
