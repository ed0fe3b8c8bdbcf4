import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_KIND_OPTIONS, EVENT_LABELS, eventLabel } from "./event-labels";
import { EVENT_KINDS } from "./events";

const ROOT = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every kind the code can append: `kind: "x.y"` in an event and the seed's `event("x.y", …)`. */
function appendedKinds(): Set<string> {
  const kinds = new Set<string>();
  for (const file of ["lib", "db", "app", "scripts"].flatMap((d) => sources(join(ROOT, d)))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:\bkind:\s*|\bevent\(\s*)"([a-z_]+\.[a-z_]+)"/g)) kinds.add(m[1]);
  }
  return kinds;
}

describe("event labels", () => {
  it("labels every kind in EVENT_KINDS, each label different", () => {
    for (const kind of EVENT_KINDS) expect(EVENT_LABELS[kind], kind).toMatch(/^[A-Z][a-zA-Z-]*( [a-zA-Z-]+)*$/);
    expect(new Set(Object.values(EVENT_LABELS)).size).toBe(EVENT_KINDS.length);
    expect(Object.keys(EVENT_LABELS).sort()).toEqual([...EVENT_KINDS].sort());
  });

  it("knows every kind the code appends (a new kind must be added to EVENT_KINDS and labelled)", () => {
    const appended = [...appendedKinds()];
    expect(appended.length).toBeGreaterThan(20);
    expect(appended.filter((k) => !(EVENT_KINDS as readonly string[]).includes(k))).toEqual([]);
  });

  it("names kinds in words", () => {
    expect(eventLabel("follow_up.updated")).toBe("Follow-up updated");
    expect(eventLabel("feedback_link.revoked")).toBe("Client link revoked");
    expect(eventLabel("future.kind_added")).toBe("Future kind added");
    expect(eventLabel("")).toBe("Event");
    expect(EVENT_KIND_OPTIONS.find((o) => o.value === "setback.updated")?.label).toBe("Setback updated");
  });
});
