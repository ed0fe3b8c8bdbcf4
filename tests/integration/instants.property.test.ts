// Instants of every size at every command that takes one, each in an otherwise valid input so
// that the command itself runs: the whole safe-integer range, JavaScript's Date limits, ISO
// strings with 5- and 6-digit years. Expected: either the command refuses with a 400 whose
// error sits on that field and names it, or what it stored is an instant every page can show.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeCommand, type Command } from "@/lib/commands/command";
import { logCommunication } from "@/lib/commands/communications";
import { createFeedbackLink, receiveFeedback } from "@/lib/commands/feedback";
import { completeFollowUp, scheduleFollowUp } from "@/lib/commands/follow-ups";
import { addPreventiveAction, saveLesson } from "@/lib/commands/lessons";
import { addRemedyTask } from "@/lib/commands/remedies";
import { editSetback, reportSetback } from "@/lib/commands/setbacks";
import { RateLimiter } from "@/lib/rate-limit";
import { freshDb, makeActor } from "../helpers/db";
import { anyInstantNumber, anyInstantString } from "../helpers/instants";
import { aSetback, ok } from "../helpers/setback";
import { instantsOutsideWindow } from "../helpers/stored-instants";

const HOUR = 3_600_000;
const anyInstant = fc.oneof(anyInstantNumber, anyInstantString);

/** The instant fields the validation schemas declare: a new one must be added to the cases below. */
function declaredInstantFields(): string[] {
  const dir = path.join(process.cwd(), "lib", "validation");
  const sources = fs.readdirSync(dir).filter((f) => !f.endsWith(".test.ts")).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
  return [...new Set(sources.flatMap((s) => [...s.matchAll(/(\w+): (?:pastInstant|optionalPastInstant|instant|optionalInstant)\(/g)].map((m) => m[1])))].sort();
}

describe("instants of every size, at every command that takes one", () => {
  it("are refused on their field, naming it, or stored inside the window", async () => {
    const db = freshDb();
    const member = makeActor(db, "member");
    const { setbackId, clientId } = await aSetback(db, member);
    await ok(db, saveLesson, member, { setbackId, rootCauseCategory: "process", rootCause: "No check before dispatch" });
    const past = new Date(Date.now() - 3 * HOUR).toISOString();
    const base = { clientId, title: "Late delivery", category: "delay", severity: "high", fault: "ours", source: "internal", occurredAt: past, discoveredAt: past };
    const version = () => (db.$client.prepare("select version from setbacks where id = ?").get(setbackId) as { version: number }).version;
    const setbackLabels = { occurredAt: "Occurred at", discoveredAt: "Discovered at", clientRequestAt: "When the client asked" };
    /** Each command with its instant fields, by the label its form shows, and an otherwise valid input. */
    const cases: { command: Command<z.ZodType, unknown>; labels: Record<string, string>; input: () => Promise<Record<string, unknown>> }[] = [
      { command: reportSetback, labels: setbackLabels, input: async () => base },
      { command: editSetback, labels: setbackLabels, input: async () => ({ ...base, setbackId, version: version() }) },
      { command: logCommunication, labels: { occurredAt: "When", promiseDueAt: "Promised by" }, input: async () => ({ setbackId, direction: "outbound", channel: "email", occurredAt: past, summary: "Wrote to the client", promise: "An update" }) },
      { command: addRemedyTask, labels: { dueAt: "Due date" }, input: async () => ({ setbackId, description: "Send the goods again" }) },
      { command: scheduleFollowUp, labels: { dueAt: "Date" }, input: async () => ({ setbackId, dueAt: past }) },
      {
        command: completeFollowUp,
        labels: { nextDueAt: "Next follow-up" },
        input: async () => ({ followUpId: (await ok(db, scheduleFollowUp, member, { setbackId, dueAt: past })).followUpId, channel: "phone", satisfaction: "4", retained: "yes" }),
      },
      { command: addPreventiveAction, labels: { dueAt: "Due date" }, input: async () => ({ setbackId, description: "A check before dispatch" }) },
    ];
    // The client's form is no command (no session): its one instant, "when", is tried below.
    expect([...new Set([...cases.flatMap((c) => Object.keys(c.labels)), "when"])].sort()).toEqual(declaredInstantFields());

    let accepted = 0;
    let refused = 0;
    for (const { command, labels, input } of cases) {
      for (const field of Object.keys(labels)) {
        await fc.assert(
          fc.asyncProperty(anyInstant, async (value) => {
            // The same instant for both of a setback's dates keeps "discovered before occurred" out of the way.
            const both = command === reportSetback || command === editSetback ? (field === "clientRequestAt" ? { clientRequestAt: value } : { occurredAt: value, discoveredAt: value }) : { [field]: value };
            const result = await executeCommand(db, command, member, { ...(await input()), ...both });
            if (result.ok) {
              accepted += 1;
              expect(instantsOutsideWindow(db), `${field} = ${String(value)}`).toEqual([]);
            } else {
              refused += 1;
              expect(result.status, `${field} = ${String(value)}: ${result.formError}`).toBe(400);
              const messages = Object.entries(result.fieldErrors).filter(([f]) => f in both);
              expect(messages.length, `${field} = ${String(value)}: ${JSON.stringify(result.fieldErrors)}`).toBeGreaterThan(0);
              for (const [f, list] of messages) for (const message of list) expect(message.toLowerCase()).toContain(labels[f].toLowerCase());
            }
          }),
          { numRuns: 150 },
        );
      }
    }
    const { token } = await ok(db, createFeedbackLink, makeActor(db, "manager"), { clientId, label: "Instants" });
    await fc.assert(
      fc.asyncProperty(anyInstant, async (value) => {
        const limiter = new RateLimiter(1_000, HOUR);
        const result = receiveFeedback(db, { token, address: "203.0.113.9", now: Date.now(), perLink: limiter, perAddress: limiter, input: { what: "It broke", when: value } });
        if (result.ok) {
          accepted += 1;
          expect(instantsOutsideWindow(db), `when = ${String(value)}`).toEqual([]);
        } else {
          refused += 1;
          expect(result.status, `when = ${String(value)}: ${result.formError}`).toBe(400);
          expect(result.fieldErrors.when?.length, `when = ${String(value)}: ${JSON.stringify(result.fieldErrors)}`).toBeGreaterThan(0);
          for (const message of result.fieldErrors.when ?? []) expect(message.toLowerCase()).toContain("when it happened");
        }
      }),
      { numRuns: 150 },
    );
    console.log(`instants: ${accepted + refused} cases, ${accepted} accepted (all inside the window), ${refused} refused on their field`);
  }, 120_000);
});
