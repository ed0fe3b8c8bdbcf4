import { describe, expect, it } from "vitest";
import { readMailSetting } from "./config";

describe("the mail settings", () => {
  it("are off without SMTP_URL and MAIL_FROM, saying which is missing", () => {
    expect(readMailSetting({})).toEqual({ on: false, reason: "SMTP_URL and MAIL_FROM are not set" });
    expect(readMailSetting({ SMTP_URL: "smtp://127.0.0.1:2525" })).toEqual({ on: false, reason: "MAIL_FROM is not set" });
    expect(readMailSetting({ MAIL_FROM: "a@b.test" })).toEqual({ on: false, reason: "SMTP_URL is not set" });
  });

  it("take smtp:// and smtps:// with credentials, and a From with a display name", () => {
    expect(readMailSetting({ SMTP_URL: "smtps://user:p%40ss@mail.example.com:465", MAIL_FROM: "Brightwater Studio <care@brightwater.test>" })).toEqual({
      on: true,
      config: { url: "smtps://user:p%40ss@mail.example.com:465", from: "Brightwater Studio <care@brightwater.test>", fromAddress: "care@brightwater.test" },
    });
    expect(readMailSetting({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "amends@example.com" })).toMatchObject({ on: true, config: { fromAddress: "amends@example.com" } });
  });

  it("refuse what would fail every mail, naming the setting", () => {
    expect(readMailSetting({ SMTP_URL: "http://mail.example.com", MAIL_FROM: "a@b.test" })).toEqual({ error: expect.stringMatching(/^SMTP_URL must be/) });
    expect(readMailSetting({ SMTP_URL: "mail.example.com:25", MAIL_FROM: "a@b.test" })).toEqual({ error: expect.stringMatching(/^SMTP_URL must be/) });
    expect(readMailSetting({ SMTP_URL: "smtp://mail.example.com", MAIL_FROM: "Amends" })).toEqual({ error: 'MAIL_FROM must be an address, like "Amends <amends@example.com>" (it is "Amends")' });
  });
});
