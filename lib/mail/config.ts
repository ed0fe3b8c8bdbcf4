// Mail is on when SMTP_URL and MAIL_FROM are both set (README, "Configuration"); otherwise nothing
// is sent, the settings page says so, and notices still appear in the app. A setting that is
// present but wrong stops the start with a message naming it, rather than failing every mail.
import { z } from "zod";

export interface MailConfig {
  /** smtp://user:pass@host:port (STARTTLS when offered) or smtps:// (TLS from the start). */
  url: string;
  /** The From of every mail: "Amends <amends@example.com>" or a bare address. */
  from: string;
  /** The address part of `from`: the domain of every Message-ID. */
  fromAddress: string;
}

export type MailSetting = { on: true; config: MailConfig } | { on: false; reason: string } | { error: string };

const smtpUrl = z.url({ protocol: /^smtps?$/ }).refine((u) => new URL(u).hostname !== "", "has no host");
const address = z.email();

/** "Name <a@b>" or "a@b": the address inside, or null when there is none. */
function addressOf(from: string): string | null {
  const angled = /<([^<>\s]+)>\s*$/.exec(from)?.[1];
  const candidate = angled ?? from.trim();
  return address.safeParse(candidate).success ? candidate : null;
}

export function readMailSetting(env: Record<string, string | undefined> = process.env): MailSetting {
  const url = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (!url && !from) return { on: false, reason: "SMTP_URL and MAIL_FROM are not set" };
  if (!url) return { on: false, reason: "SMTP_URL is not set" };
  if (!from) return { on: false, reason: "MAIL_FROM is not set" };
  if (!smtpUrl.safeParse(url).success) return { error: "SMTP_URL must be a URL like smtp://user:password@mail.example.com:587 or smtps://…:465" };
  const fromAddress = addressOf(from);
  if (!fromAddress) return { error: `MAIL_FROM must be an address, like "Amends <amends@example.com>" (it is "${from}")` };
  return { on: true, config: { url, from, fromAddress } };
}
