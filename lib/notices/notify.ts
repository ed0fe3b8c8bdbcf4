// Telling people something (docs/decisions/014-outbox-and-scheduler.md): an in-app notice for each
// recipient and, when mail is on, a mail in the outbox, all in the caller's transaction, so a
// change that rolls back tells nobody and one that commits always does. Keys make it once.
import type { Conn } from "../../db/client";
import { enqueueDelivery } from "../../db/writes/deliveries";
import { preferencesOf } from "../../db/writes/notification-preferences";
import { insertNotice, type Recipient } from "../../db/writes/notices";
import type { MailContent } from "../mail/message";
import { preferenceOf } from "./kinds";

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

/**
 * Writes the notice for each recipient once (by key): in the app and, when mail is on, by mail,
 * as each chose for its kind (lib/notices/kinds.ts; an escalation goes both ways whatever they
 * chose). How many people were newly told.
 */
export function notify(tx: Conn, notice: Notice, to: readonly Addressed[], now: number, mailOn: boolean): number {
  const chosen = preferencesOf(tx, to.map((a) => a.recipient.id));
  let told = 0;
  const seen = new Set<number>();
  for (const { recipient, title, mail } of to) {
    if (seen.has(recipient.id)) continue;
    seen.add(recipient.id);
    const wants = preferenceOf(notice.kind, chosen.get(recipient.id) ?? new Map());
    const shown = wants.inApp && insertNotice(tx, { key: notice.key, userId: recipient.id, kind: notice.kind, title, href: notice.href, setbackId: notice.setbackId }, now);
    const mailed =
      wants.mail &&
      mailOn &&
      enqueueDelivery(tx, { key: mailKey(notice.key, recipient.id), kind: notice.kind, channel: "mail", userId: recipient.id, target: recipient.email, setbackId: notice.setbackId, payload: mail }, now);
    if (shown || mailed) told += 1;
  }
  return told;
}
