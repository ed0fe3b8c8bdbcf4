// Generated bad input thrown at every command (the one path every form, API call and script
// writes through): wrong types, missing and extra fields, huge strings, control characters,
// impossible dates, instants across the whole number range and ISO strings with 5- and 6-digit
// years, ids of other rows, SQL and HTML. Expected: an answer with a 4xx status, never an
// exception (a 500); a refused input writes nothing — every table's row count and the audit
// chain's head stay as they were; and an accepted one stores no instant a page cannot show.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedDemo } from "@/db/seed";
import { verifyAuditChain } from "@/db/audit";
import { executeCommand, type Command } from "@/lib/commands/command";
import type { Db } from "@/db/client";
import { freshDb, makeActor } from "../helpers/db";
import { anyInstantNumber, anyInstantString } from "../helpers/instants";
import { instantsOutsideWindow } from "../helpers/stored-instants";
import { ROLES } from "@/lib/auth/roles";
import { CHANNELS, COMPENSATION_KINDS, DIRECTIONS, FAULTS, REACTIONS, SEVERITIES, SOURCES, STAGES } from "@/lib/setbacks/vocabulary";

const RUNS_PER_COMMAND = 100;

/** Every command exported by lib/commands. */
async function allCommands(): Promise<[string, Command<never, unknown>][]> {
  const dir = path.join(process.cwd(), "lib", "commands");
  const found: [string, Command<never, unknown>][] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const exported = await import(path.join(dir, file));
    for (const [name, value] of Object.entries(exported)) {
      if (value && typeof value === "object" && "permission" in value && "schema" in value && "run" in value) found.push([name, value as Command<never, unknown>]);
    }
  }
  return found;
}

/** The field names the validation schemas use, so generated objects hit real fields. */
const FIELDS = [
  ...new Set(
    fs
      .readdirSync(path.join(process.cwd(), "lib", "validation"))
      .filter((f) => !f.endsWith(".test.ts"))
      .flatMap((f) => [...fs.readFileSync(path.join(process.cwd(), "lib", "validation", f), "utf8").matchAll(/^\s+([a-zA-Z_]+): /gm)].map((m) => m[1])),
  ),
];

const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.integer({ min: 1, max: 60_000 }).map((n) => "A".repeat(n)),
  fc.constantFrom("'; drop table setbacks; --", "1 OR 1=1", "%", "_", "\\", "\u0000", "\u202e", "<img src=x onerror=alert(1)>", "<script>alert(1)</script>"),
  fc.constantFrom("2026-13-45T25:61", "not a date", "0000-00-00", "9999-12-31T23:59", "2026-02-30", "", " "),
  anyInstantNumber,
  anyInstantString,
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: 1, max: 60 }).map(String),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0, 1.5, "1e999", "0x10", "-1"),
  fc.constantFrom(null, true, false, [], {}, ["a", "b"], { nested: { deeper: 1 } }),
  fc.constantFrom("on", "low", "critical", "ours", "client", "delay", "outbound", "phone", "email", "manager", "admin", "UTC", "EUR", "notified", "closed"),
);

/** A value that could pass a field's validation, so that the command itself runs: ids of rows that may or may not exist, or be another setback's, words of the vocabulary, past dates. */
function plausible(field: string): fc.Arbitrary<unknown> {
  if (/Id$/.test(field)) return fc.integer({ min: 1, max: 60 }).map(String);
  if (/At$/.test(field)) {
    return fc.oneof(
      { weight: 3, arbitrary: fc.date({ min: new Date("2025-01-01"), max: new Date("2026-06-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)) },
      { weight: 1, arbitrary: anyInstantNumber },
      { weight: 1, arbitrary: anyInstantString },
    );
  }
  const words: Record<string, readonly string[]> = {
    severity: SEVERITIES, fault: FAULTS, source: SOURCES, direction: DIRECTIONS, channel: CHANNELS, reaction: REACTIONS, to: STAGES, kind: COMPENSATION_KINDS,
    role: ROLES, category: ["delay", "billing_error", "failure"], rootCauseCategory: ["process", "people"], currency: ["EUR"], timeZone: ["UTC", "Europe/Berlin"],
  };
  if (words[field]) return fc.constantFrom(...words[field]);
  if (/^(apologised|explainedCause|offeredRemedy|gaveTimeline|askedHowToHelp|sharedWithClient|retained|worked|closeAsMinor|dryRun)$/.test(field)) return fc.constantFrom("on", "true", "");
  if (/amount|Cost|satisfaction|Hours|Days|Cents|version/i.test(field)) return fc.integer({ min: 0, max: 5_000 }).map(String);
  if (field === "email") return fc.emailAddress();
  return fc.string({ minLength: 1, maxLength: 40 });
}

/** Every known field, each plausible or hostile, plus a stray one now and then. */
const nearlyValid = fc
  .tuple(fc.tuple(...FIELDS.map((f) => fc.oneof({ weight: 4, arbitrary: plausible(f) }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.constant(undefined) }))), fc.dictionary(fc.string({ maxLength: 8 }), hostile, { maxKeys: 2 }))
  .map(([values, extra]) => ({ ...extra, ...Object.fromEntries(FIELDS.map((f, i) => [f, values[i]]).filter(([, v]) => v !== undefined)) }));

const input = fc.oneof(
  { weight: 3, arbitrary: nearlyValid },
  fc.dictionary(fc.constantFrom(...FIELDS), hostile, { maxKeys: 12 }),
  fc.dictionary(fc.string({ maxLength: 12 }), hostile, { maxKeys: 4 }),
  fc.constantFrom(null, undefined, "a string", 42, [], [{}]),
);

function snapshot(db: Db) {
  const tables = (db.$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, (db.$client.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n]));
}
const head = (db: Db) => (db.$client.prepare("select value from settings where key = 'audit.head'").get() as { value: string }).value;

describe("bad input, at every command", () => {
  it("gets a 4xx answer, never an exception, and a refusal writes nothing", async () => {
    const db = freshDb();
    seedDemo(db);
    const admin = makeActor(db, "admin");
    const commands = await allCommands();
    expect(commands.length).toBeGreaterThanOrEqual(35);
    let cases = 0;
    let refused = 0;
    const statuses: Record<number, number> = {};
    for (const [name, cmd] of commands) {
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          const before = snapshot(db);
          const headBefore = head(db);
          const result = await executeCommand(db, cmd, admin, raw);
          cases += 1;
          if (result.ok) {
            expect(instantsOutsideWindow(db), `${name} accepted ${JSON.stringify(raw)?.slice(0, 300)}`).toEqual([]);
          } else {
            refused += 1;
            statuses[result.status] = (statuses[result.status] ?? 0) + 1;
            expect([400, 404, 409, 413], `${name}: ${result.formError}`).toContain(result.status);
            expect(snapshot(db), name).toEqual(before);
            expect(head(db), name).toBe(headBefore);
          }
        }),
        { numRuns: RUNS_PER_COMMAND },
      );
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    expect(cases).toBe(commands.length * RUNS_PER_COMMAND);
    console.log(`bad input: ${cases} cases over ${commands.length} commands, ${refused} refused (${JSON.stringify(statuses)}), ${cases - refused} accepted; chain intact`);
  }, 120_000);
});
