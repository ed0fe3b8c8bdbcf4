// A real SMTP server for a test (scripts/mail-catcher), closed after it.
import { afterEach } from "vitest";
import { startMailCatcher, type MailCatcher } from "../../scripts/mail-catcher/catcher";
import { smtpSender } from "@/lib/mail/transport";

const open: MailCatcher[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});

export async function mailCatcher(): Promise<MailCatcher> {
  const catcher = await startMailCatcher();
  open.push(catcher);
  return catcher;
}

export const FROM = "Amends test <amends@amends.test>";

/** The sender the app would make from SMTP_URL and MAIL_FROM pointing at `catcher`. */
export function senderTo(catcher: MailCatcher) {
  return smtpSender({ url: catcher.url, from: FROM, fromAddress: "amends@amends.test" });
}
