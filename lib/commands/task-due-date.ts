// The one check a planned task (remedy task, preventive action) gets against its setback at the
// command, so the form and the API refuse alike: its due date is not before the setback occurred.
import type { Conn } from "../../db/client";
import { readOrgSettings } from "../../db/writes/settings";
import { dueBeforeOccurredRefusal } from "../setbacks/due-dates";
import { formatInstant } from "../time/zoned";
import { CommandError } from "./command";

const DAY_ONLY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };

export function requireDueAfterOccurred(tx: Conn, setback: { occurredAt: number }, dueAt: number | null | undefined): void {
  const occurredOn = formatInstant(setback.occurredAt, readOrgSettings(tx).timeZone, DAY_ONLY);
  const refusal = dueBeforeOccurredRefusal(dueAt, setback.occurredAt, occurredOn);
  if (refusal) throw CommandError.field("dueAt", refusal);
}
