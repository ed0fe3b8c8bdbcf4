// A mail as the outbox keeps it: rendered when the notice is written (lib/mail/templates), sent
// as it is. Every mail has a text and an HTML part.
export interface MailContent {
  subject: string;
  text: string;
  html: string;
  /** List-Unsubscribe and the like (RFC 2369/8058) for a subscription. */
  headers?: Record<string, string>;
  /** A mail to a client answers to the person who wrote it. */
  replyTo?: string;
}

export interface MailToSend extends MailContent {
  to: string;
  /** The outbox key: the mail's Message-ID is made from it, the same on every attempt. */
  key: string;
}
