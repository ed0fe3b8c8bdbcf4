// The server refuses to start with mail or scheduler settings it cannot run with, naming the
// setting (lib/outbox/setting.ts), rather than failing every mail later.
import { describe, expect, it } from "vitest";
import { freshDb } from "../helpers/db";
import { startUp } from "../helpers/scripts";

describe("starting with mail and scheduler settings", () => {
  it("stops with the setting named when one is malformed, and starts when they are right", () => {
    const file = freshDb().$client.name;
    const bad = startUp(file, { AMENDS_SWEEP_SECONDS: "soon" });
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('Amends cannot start: AMENDS_SWEEP_SECONDS must be a whole number of seconds from 1 to 3600 (it is "soon")');
    const smtp = startUp(file, { SMTP_URL: "mail.example.com:25", MAIL_FROM: "amends@example.com" });
    expect(smtp.status).toBe(1);
    expect(smtp.out).toContain("Amends cannot start: SMTP_URL must be a URL like smtp://user:password@mail.example.com:587");
    expect(startUp(file, { AMENDS_SWEEP_SECONDS: "5", SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "amends@example.com" }).status).toBe(0);
  }, 90_000);
});
