// Loading what a command's input names, refusing what does not exist or may not be touched.
import type { Conn } from "../../db/client";
import { loadUser } from "../../db/writes/users";
import { loadSetback } from "../../db/writes/setbacks";
import { formatReference } from "../setbacks/reference";
import { CommandError } from "./command";

export function requireSetback(tx: Conn, setbackId: number) {
  const setback = loadSetback(tx, setbackId);
  if (!setback) throw CommandError.notFound("That setback");
  return { ...setback, reference: formatReference(setback.number) };
}

/** Records of a closed setback stay as they were closed; reopening comes first. */
export function requireOpenSetback(tx: Conn, setbackId: number) {
  const setback = requireSetback(tx, setbackId);
  if (setback.stage === "closed") throw CommandError.conflict(`${setback.reference} is closed; reopen it to change its records.`);
  return setback;
}

export function requireActiveOwner(tx: Conn, ownerId: number | null, field = "ownerId"): void {
  if (ownerId === null) return;
  const owner = loadUser(tx, ownerId);
  if (!owner || !owner.active) throw CommandError.field(field, "Choose an active user");
}

/** Events about a setback carry its id, its client and its reference. */
export function setbackEvent(setback: { id: number; clientId: number; reference: string }) {
  return { setbackId: setback.id, clientId: setback.clientId, reference: setback.reference };
}
