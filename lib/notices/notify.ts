// Telling people something (docs/decisions/014-outbox-and-scheduler.md): an in-app notice for each
// recipient and, when mail is on, a mail in the outbox, all in the caller's transaction, so a
// change that rolls back tells nobody and one that commits always does. Keys make it once.
import type { Conn } from "../../db/client";
import { enqueueDelivery } from "../../db/writes/deliveries";
import { insertNotice, type Recipient } from "../../db/writes/notices";
import type { MailContent } from "../mail/message";

export interface Notice {
  /** kind, subject and the deadline or event it is about: "clock:notify:breach:12:1764590400000". */
  key: string;
  kind: string;
  /** The page it is about, inside the app. */
  href: string;
  setbackId?: number | null;
}

export interface Addressed {
  recipient: Recipient;
  /** The in-app title. */
  title: string;
  mail: MailContent;
}

/** The outbox key of one person's mail of a notice. */
export const mailKey = (noticeKey: string, userId: number) => `${noticeKey}|mail|user:${userId}`;

/** Writes the notice for each recipient once (by key), with its mail when mail is on: how many notices were new. */
export function notify(tx: Conn, notice: Notice, to: readonly Addressed[], now: number, mailOn: boolean): number {
  let written = 0;
  const seen = new Set<number>();
  for (const { recipient, title, mail } of to) {
    if (seen.has(recipient.id)) continue;
    seen.add(recipient.id);
    const fresh = insertNotice(tx, { key: notice.key, userId: recipient.id, kind: notice.kind, title, href: notice.href, setbackId: notice.setbackId }, now);
    if (!fresh) continue;
    written += 1;
    if (mailOn) {
      enqueueDelivery(tx, { key: mailKey(notice.key, recipient.id), kind: notice.kind, channel: "mail", userId: recipient.id, target: recipient.email, setbackId: notice.setbackId, payload: mail }, now);
    }
  }
  return written;
}
