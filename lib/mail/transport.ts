// Sends a mail over SMTP with nodemailer (SMTP_URL, lib/mail/config.ts). The Message-ID is made
// from the outbox key, so a mail sent again after a crash between the server's "250 OK" and our
// record of it carries the same Message-ID, and mail clients show it once.
import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import type { MailConfig } from "./config";
import type { MailToSend } from "./message";

export type SendMail = (mail: MailToSend) => Promise<{ messageId: string }>;

export function messageIdFor(key: string, fromAddress: string): string {
  const domain = fromAddress.split("@").at(-1) ?? "amends.invalid";
  return `<${createHash("sha256").update(key).digest("hex").slice(0, 32)}@${domain}>`;
}

export function smtpSender(config: MailConfig): SendMail {
  // Timeouts well inside the outbox's lease (lib/outbox/worker.ts), so a hung server fails the
  // attempt rather than outliving the claim.
  const transport = nodemailer.createTransport(config.url, { from: config.from, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 });
  return async (mail) => {
    const info = await transport.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      replyTo: mail.replyTo,
      messageId: messageIdFor(mail.key, config.fromAddress),
    });
    return { messageId: info.messageId };
  };
}
