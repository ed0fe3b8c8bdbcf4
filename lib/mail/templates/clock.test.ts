import { describe, expect, it } from "vitest";
import { clockMail } from "./clock";

const H = 3_600_000;
const T0 = Date.UTC(2026, 11, 1, 9, 0);
const links = { baseUrl: "https://amends.example.com", organisationName: "Brightwater Studio" };
const setback = { reference: "SB-0012", title: "Pallets <late> & damaged", clientName: "Northwind Logistics", severity: "critical" };

describe("a clock's mail", () => {
  it("tells the owner how long is left, by when in the organisation's zone, with a link to the clocks", () => {
    const mail = clockMail(links, { alert: { clock: "notify", level: "warning", startedAt: T0, deadline: T0 + 4 * H }, setback, recipient: { name: "Tom Okafor" }, as: "owner", now: T0 + 2.5 * H, timeZone: "Europe/London" });
    expect(mail.subject).toBe("1 h 30 min left to tell Northwind Logistics (SB-0012)");
    expect(mail.text).toBe(
      [
        "Hello Tom Okafor,",
        "",
        'SB-0012 "Pallets <late> & damaged" (critical) for Northwind Logistics: the target to tell the client is 4 h from discovery, by 1 Dec 2026, 13:00 GMT.',
        "",
        "1 h 30 min left.",
        "",
        "Open SB-0012: https://amends.example.com/setbacks/SB-0012#clocks",
        "",
        "—",
        "Amends for Brightwater Studio",
        "You own SB-0012. Choose what you are told: https://amends.example.com/settings/notifications",
        "",
      ].join("\n"),
    );
    expect(mail.html).toContain("&quot;Pallets &lt;late&gt; &amp; damaged&quot;");
    expect(mail.html).toContain('<a href="https://amends.example.com/setbacks/SB-0012#clocks"');
    expect(mail.html).not.toContain("<late>");
  });

  it("escalates a breach to a manager, saying how long ago it ran out and that it cannot be turned off", () => {
    const mail = clockMail(links, { alert: { clock: "remedy", level: "breach", startedAt: T0, deadline: T0 + 24 * H }, setback, recipient: { name: "Priya Shah" }, as: "manager", now: T0 + 26 * H, timeZone: "UTC" });
    expect(mail.subject).toBe("Breached: SB-0012, the time to remedy it for Northwind Logistics ran out");
    expect(mail.text).toContain("It ran out 2 h ago.\n\nBreaches are escalated to every manager.");
    expect(mail.text).toContain("You are a manager; escalations cannot be turned off.");
  });

  it("asks the managers to give an unowned setback an owner", () => {
    const mail = clockMail(links, { alert: { clock: "follow_up", level: "warning", startedAt: T0, deadline: T0 + 48 * H }, setback, recipient: { name: "Priya Shah" }, as: "unowned", now: T0 + 40 * H, timeZone: "UTC" });
    expect(mail.subject).toBe("8 h left to follow up with Northwind Logistics (SB-0012)");
    expect(mail.text).toContain("the target to follow up with the client is 2 d from the remedy");
    expect(mail.text).toContain("Nobody owns SB-0012 yet: give it an owner.");
  });
});
