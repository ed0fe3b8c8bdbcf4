// Whether this installation mails, in words for the settings pages (lib/mail/config.ts).
import { readMailSetting } from "@/lib/mail/config";

export function mailStatus(): { on: boolean; words: string } {
  const setting = readMailSetting();
  if ("error" in setting) return { on: false, words: `Mail is off: ${setting.error}.` };
  return setting.on
    ? { on: true, words: `Mail is on: notices are mailed from ${setting.config.from}.` }
    : { on: false, words: `Mail is off on this installation (${setting.reason}): notices appear in Needs me only.` };
}
