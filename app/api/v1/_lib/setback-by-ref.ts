import "server-only";
import { decodeOrKeep } from "@/lib/url-text";
import { getDb } from "@/db/client";
import { getSetbackByNumber } from "@/db/queries/setbacks";
import { parseReference } from "@/lib/setbacks/reference";

export async function setbackByRef(ref: string) {
  const number = parseReference(decodeOrKeep(ref));
  return number ? getSetbackByNumber(getDb(), number) : null;
}

/** A JSON object body with `setbackId` set from the path (the body cannot name another setback). */
export function withSetback(body: unknown, setbackId: number): Record<string, unknown> {
  return { ...(body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {}), setbackId };
}
