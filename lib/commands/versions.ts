// No lost update: an edit names the version of the record it was made from, and is refused when
// someone saved the record since. The form then shows the newer values to make the change on.
import { CommandError } from "./command";

export type Versioned = "setback" | "client" | "contact" | "lesson";

export function changedSinceOpened(record: Versioned): string {
  return `This ${record} changed since you opened it. The form now shows its newer values: make your change again and save.`;
}

/**
 * `sent` is the version the form was rendered with (0: the record did not exist yet); an API
 * client that sends none edits whatever is current.
 */
export function requireVersion(record: Versioned, current: number, sent: number | undefined): void {
  if (sent !== undefined && sent !== current) throw CommandError.conflict(changedSinceOpened(record));
}
