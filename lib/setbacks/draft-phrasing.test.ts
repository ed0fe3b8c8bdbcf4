// The drafts speak to the client: over every demo setback (db/seed-story.ts), the team's own
// title and impact never enter the text, nothing in it speaks of the client in the third
// person, and a description is kept only as it was written.
import { describe, expect, it } from "vitest";
import { DEMO_CLIENTS, STORY } from "@/db/seed-story";
import { draftCallScript } from "./call-script";
import { draftFirstNotification, type DraftInput } from "./composer";
import { lowerFirst } from "./draft-parts";
import { speaksOfTheClient } from "./draft-phrasing";
import { FAULTS } from "./vocabulary";

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const [client] = DEMO_CLIENTS;

function inputOf(line: (typeof STORY)[number], fault: DraftInput["fault"]): DraftInput {
  return { clientName: client.name, contactName: client.contacts[0][0], senderName: "Sam Patel", reference: "SB-0042", title: line.title, description: line.description, impact: line.impact, fault, severity: "medium", now: NOW, timeZone: "UTC" };
}

const THIRD_PERSON = /\b(the client|they|them|their)\b/i;

describe.each(STORY.map((line) => [line.title, line] as const))("the drafts for “%s”", (title, line) => {
  it.each(FAULTS)("speak to the client, with our words only as hints (fault %s)", (fault) => {
    const draft = draftFirstNotification(inputOf(line, fault));
    expect(draft.body.toLowerCase()).not.toContain(title.toLowerCase());
    expect(draft.body.toLowerCase()).not.toContain(line.impact.toLowerCase().replace(/\.$/, ""));
    // A gap's own name is for the person ("in their words"); what the client reads is the rest.
    expect(draft.body.replace(/\[\[[^\]]*\]\]/g, "")).not.toMatch(THIRD_PERSON);
    expect(draft.hints.map((h) => h.text)).toContain(title);
    // A description is kept word for word, capital and all, or left to the person.
    const kept = draft.body.includes(line.description);
    expect(kept || draft.hints.some((h) => h.text === line.description)).toBe(true);
    const script = draftCallScript({ ...inputOf(line, fault), severity: "high" });
    expect(script.body.toLowerCase()).not.toContain(title.toLowerCase());
    expect(script.body.split("\n")[0]).toMatch(/I am calling about \[\[what happened, in their words\]\];/);
  });
});

describe("speaksOfTheClient", () => {
  const who = { clientName: "Northwind Logistics", contactName: "Hannah Cole" };
  it.each([
    "The quarterly report left out the site-by-site breakdown the client assumed was included.",
    "The renewal stalled when our new pricing surprised the client's procurement.",
    "Their budget for the year was already approved.",
    "They could not install the full batch on schedule.",
    "Hannah had to call us twice.",
    "Northwind Logistics was invoiced twice.",
  ])("finds the third person in “%s”", (text) => {
    expect(speaksOfTheClient(text, who)).toBe(true);
  });
  it.each([
    "Our booking service was down for 95 minutes after a failed database migration.",
    "We confirmed the order, then found the last units were reserved for another client.",
    "The proposal reused a template and kept another client's name on page two.",
  ])("keeps “%s”", (text) => {
    expect(speaksOfTheClient(text, who)).toBe(false);
  });
});

describe("lowerFirst", () => {
  it.each([
    ["On the next invoice", "on the next invoice"],
    ["A credit of £150", "a credit of £150"],
    ["The replacement ships today", "the replacement ships today"],
    ["DHL collects it", "DHL collects it"],
    ["Hannah's team", "Hannah's team"],
    ["Re-sending the pallet", "Re-sending the pallet"],
    ["Service outage during the client's peak hours", "Service outage during the client's peak hours"],
    ["", ""],
  ])("%s → %s", (text, expected) => {
    expect(lowerFirst(text)).toBe(expected);
  });
});
