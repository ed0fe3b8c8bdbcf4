// No lost update: an edit names the version of the record it was made from, and is refused when
// someone saved the record since. The form then shows the newer values to make the change on.
import { CommandError } from "./command";

const WHAT = {
  setback: "This setback changed since you opened it.",
  client: "This client changed since you opened it.",
  contact: "This contact changed since you opened it.",
  lesson: "This lesson changed since you opened it.",
  retrospective: "Someone saved these notes since you opened them.",
} as const;
export type Versioned = keyof typeof WHAT;

export function changedSinceOpened(record: Versioned): string {
  return `${WHAT[record]} The form now shows the newer version: make your change again and save.`;
}

/**
 * `sent` is the version the form was rendered with (0: the record did not exist yet); an API
 * client that sends none edits whatever is current.
 */
export function requireVersion(record: Versioned, current: number, sent: number | undefined): void {
  if (sent !== undefined && sent !== current) throw CommandError.conflict(changedSinceOpened(record));
}
