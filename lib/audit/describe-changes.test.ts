import { describe, expect, it } from "vitest";
import { describeChanges, describeValue, fieldName, NO_NAMES, type ChangeContext } from "./describe-changes";
import { eventSubject } from "./subject";

const names = {
  users: new Map([[7, "Tom Okafor"], [8, "Maya Chen"]]),
  clients: new Map([[3, "Northwind Logistics"]]),
  contacts: new Map([[11, "Hannah Cole"]]),
  categories: new Map([["delay", "Delay"], ["external", "External"]]),
};
const ctx: ChangeContext = { timeZone: "Europe/London", currency: "EUR", names };

describe("describeChanges", () => {
  it("names fields and values in words, times in the zone with the zone shown", () => {
    expect(
      describeChanges(
        {
          severity: { from: "medium", to: "high" },
          category: { from: "delay", to: "external" },
          ownerId: { from: 7, to: 8 },
          discoveredAt: { from: Date.UTC(2026, 10, 14, 9, 30), to: Date.UTC(2026, 10, 14, 8, 5) },
          estimatedCostCents: { from: null, to: 125050 },
          sharedWithClient: { from: false, to: true },
        },
        ctx,
      ),
    ).toEqual([
      { field: "Severity", from: "Medium", to: "High" },
      { field: "Category", from: "Delay", to: "External" },
      { field: "Owner", from: "Tom Okafor", to: "Maya Chen" },
      { field: "Discovered at", from: "14 Nov 2026, 09:30 GMT", to: "14 Nov 2026, 08:05 GMT" },
      { field: "Estimated cost", from: "(empty)", to: "€1,250.50" },
      { field: "Shared with the client", from: "No", to: "Yes" },
    ]);
  });

  it("leaves out what reads the same: a clock moved within its minute, line endings", () => {
    const at = Date.UTC(2026, 10, 14, 9, 30);
    expect(describeChanges({ discoveredAt: { from: at + 10_378, to: at }, description: { from: "a\nb", to: "a\r\nb" }, title: { from: "A", to: "B" } }, ctx)).toEqual([
      { field: "Title", from: "A", to: "B" },
    ]);
  });

  it("never throws on what a stored event holds", () => {
    expect(describeChanges("nonsense", ctx)).toEqual([]);
    expect(describeChanges({ x: null, y: { from: { a: 1 }, to: [1] }, z: { from: 9e20, to: Number.NaN } }, ctx)).toEqual([
      { field: "Y", from: '{"a":1}', to: "[1]" },
      { field: "Z", from: "900000000000000000000", to: "NaN" },
    ]);
    expect(describeValue("discoveredAt", 9e18, ctx)).toBe("date out of range");
    expect(describeValue("ownerId", 99, { ...ctx, names: NO_NAMES })).toBe("user 99");
  });

  it("turns keys into words", () => {
    expect(fieldName("clientRequestAt")).toBe("When the client asked");
    expect(fieldName("notify_high")).toBe("Notify high");
    expect(fieldName("rootCause")).toBe("Root cause");
  });
});

describe("eventSubject", () => {
  const at = { names, clientName: "Northwind Logistics", setbackReference: null, setbackTitle: null };
  it.each([
    ["user.deactivated", { userId: 7, email: "tom@demo.test" }, "Tom Okafor"],
    ["user.created", { userId: 70, email: "new@demo.test", name: "New Person" }, "New Person"],
    ["feedback_link.revoked", { linkId: 1, label: "Front desk" }, "Front desk (Northwind Logistics)"],
    ["contact.archived", { contactId: 11, name: "Hannah C." }, "Hannah Cole (Northwind Logistics)"],
    ["client.updated", { changes: {} }, "Northwind Logistics"],
    ["api_token.revoked", { tokenId: 2, name: "CI export" }, "CI export"],
    ["settings.updated", { section: "targets" }, "Response targets"],
    ["retrospective.noted", { label: "2026-Q3" }, "2026-Q3"],
  ])("%s names its subject", (kind, data, expected) => {
    expect(eventSubject(kind, data, at)).toBe(expected);
  });

  it("names a setback's events by reference and title", () => {
    expect(eventSubject("remedy.added", {}, { ...at, setbackReference: "SB-0042", setbackTitle: "Pallet missed the hub" })).toBe("SB-0042 · Pallet missed the hub");
  });
});

describe("eventSubject of an event from before a rename", () => {
  const at = { names, clientName: "Northwind Logistics", setbackReference: "SB-0012", setbackTitle: "Late delivery to Leeds" };
  it("names the setback by the title it had then, with the current title as a hint", () => {
    expect(eventSubject("communication.logged", {}, { ...at, setbackTitleThen: "Late van" })).toBe("SB-0012 · Late van (now “Late delivery to Leeds”)");
  });
  it("gives no hint when the title is unchanged since", () => {
    expect(eventSubject("communication.logged", {}, { ...at, setbackTitleThen: "Late delivery to Leeds" })).toBe("SB-0012 · Late delivery to Leeds");
  });
});
