// An anchor: a signed head printed by `npm run audit:anchor` for an auditor to keep outside the
// installation, and handed back to `npm run audit:verify -- --anchor VALUE` later. One line of
// text, so it survives a ticket, an email or a notebook.
import type { SignedHead } from "./signature";

const PREFIX = "amends-anchor.v1";
const ANCHOR = /^amends-anchor\.v1\.(\d{1,15})\.([0-9a-f]{64})\.(\d{1,15})\.([0-9a-f]{16})\.([A-Za-z0-9_-]{86})$/;

export function formatAnchor(head: SignedHead): string {
  return [PREFIX, head.eventId, head.hash, head.at, head.keyId, head.signature].join(".");
}

/** The signed head an anchor names (its signature is not checked here), or null if it is not one. */
export function parseAnchor(text: string): SignedHead | null {
  const m = ANCHOR.exec(text.trim());
  if (!m) return null;
  return { eventId: Number(m[1]), hash: m[2], at: Number(m[3]), keyId: m[4], signature: m[5] };
}

export const NOT_AN_ANCHOR = `That is not an anchor: it looks like ${PREFIX}.<event>.<hash>.<signed at>.<key>.<signature>, as npm run audit:anchor prints it.`;
