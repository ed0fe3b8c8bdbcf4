import { describe, expect, it } from "vitest";
import { readSchedulerSetting } from "./setting";

describe("the scheduler's settings", () => {
  it("run every minute inside the server, with links to localhost and mail off, when nothing is set", () => {
    expect(readSchedulerSetting({})).toEqual({ ok: true, setting: { on: true, everyMs: 60_000, baseUrl: "http://localhost:3000", mail: { on: false, reason: "SMTP_URL and MAIL_FROM are not set" } } });
  });

  it("take a sweep interval, AMENDS_URL without its trailing slash, and mail", () => {
    const read = readSchedulerSetting({ AMENDS_SWEEP_SECONDS: "5", AMENDS_URL: "https://amends.example.com/", SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "amends@example.com", AMENDS_SCHEDULER: "off" });
    expect(read).toMatchObject({ ok: true, setting: { on: false, everyMs: 5000, baseUrl: "https://amends.example.com", mail: { on: true } } });
  });

  it("refuse what they cannot run with, naming the setting", () => {
    expect(readSchedulerSetting({ AMENDS_SWEEP_SECONDS: "0.5" })).toEqual({ ok: false, message: 'AMENDS_SWEEP_SECONDS must be a whole number of seconds from 1 to 3600 (it is "0.5")' });
    expect(readSchedulerSetting({ AMENDS_URL: "amends.example.com" })).toEqual({ ok: false, message: expect.stringMatching(/^AMENDS_URL must be/) });
    expect(readSchedulerSetting({ AMENDS_SCHEDULER: "yes" })).toEqual({ ok: false, message: 'AMENDS_SCHEDULER must be on or off (it is "yes")' });
    expect(readSchedulerSetting({ SMTP_URL: "ftp://x", MAIL_FROM: "a@b.test" })).toEqual({ ok: false, message: expect.stringMatching(/^SMTP_URL must be/) });
  });
});
