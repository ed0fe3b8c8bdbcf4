import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { actionStatus, describeChange, toMarkdown } from "./retrospective";

describe("describeChange", () => {
  it("says up or down, by how much, and whether that is better", () => {
    expect(describeChange({ label: "TTN", current: 6, previous: 8.5, unit: "h", higherIsBetter: false })).toBe("down 2.5 h (better)");
    expect(describeChange({ label: "Met", current: 50, previous: 75, unit: "%", higherIsBetter: true })).toBe("down 25.0% (worse)");
    expect(describeChange({ label: "Count", current: 3, previous: 3, unit: "", higherIsBetter: false })).toBe("no change");
    expect(describeChange({ label: "Count", current: 3, previous: null, unit: "", higherIsBetter: false })).toBe("—");
  });
});

describe("toMarkdown", () => {
  it("writes every section, marks repeated prevention, and escapes table cells", () => {
    const md = toMarkdown(
      {
        periodLabel: "2026-Q3",
        previousLabel: "2026-Q2",
        headlines: [{ label: "Median time to notify", current: 6, previous: 8, unit: "h", higherIsBetter: false }],
        setbacks: [{ number: 7, title: "Late | pallet", client: "Northwind", stage: "closed", rootCause: "No check", rootCauseCategory: "Process" }],
        actions: [{ description: "Checklist", setbackNumber: 7, owner: "Jordan Lee", dueAt: null, doneAt: 1, repeatedBy: [9] }],
        patterns: [{ pair: "Northwind × Delay", count: 2, references: [7, 9] }],
        notes: "Call first.",
        savedAs: 7,
      },
      10,
      () => "1 Jan",
    );
    expect(md).toContain("| Median time to notify | 6.0 h | 8.0 h | down 2.0 h (better) |");
    expect(md).toContain("- **SB-0007** Late \\| pallet (Northwind, closed) — root cause (Process): No check");
    expect(md).toContain("- [x] Checklist (SB-0007, Jordan Lee, done); **followed by a repeat**: SB-0009");
    expect(md).toContain("- Northwind × Delay: 2 setbacks (SB-0007, SB-0009)");
    expect(md.trim().endsWith("Call first.")).toBe(true);
  });

  it("knows an open action from an overdue one", () => {
    const a = { description: "x", setbackNumber: 1, owner: null, dueAt: 100, doneAt: null, repeatedBy: [] };
    expect([actionStatus(a, 50), actionStatus(a, 150), actionStatus({ ...a, doneAt: 120 }, 150)]).toEqual(["open", "overdue", "done"]);
  });
});

describe("toMarkdown with text from clients and the team", () => {
  const HOSTILE = `<script>alert('fb1')</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) <https://evil.example> a | b \\ &lt;b&gt;`;
  const retro = {
    periodLabel: "2026-Q3",
    previousLabel: "2026-Q2",
    headlines: [],
    setbacks: [{ number: 7, title: HOSTILE, client: HOSTILE, stage: "closed", rootCause: HOSTILE, rootCauseCategory: HOSTILE }],
    actions: [{ description: HOSTILE, setbackNumber: 7, owner: HOSTILE, dueAt: null, doneAt: null, repeatedBy: [] }],
    patterns: [{ pair: HOSTILE, count: 2, references: [7, 9] }],
    // The notes are the manager's Markdown (a list, bold), but not HTML.
    notes: `**Call first.**\n\n- <script>alert('fb1')</script>\n- <div onclick=alert(1)>notes</div> &amp;`,
    savedAs: 7,
  };

  it("has no raw HTML, link or image in it, and every text reads as it was written", () => {
    const md = toMarkdown(retro, 10, () => "1 Jan");
    const tree = fromMarkdown(md);
    const kinds: string[] = [];
    visit(tree, (node) => kinds.push(node.type));
    expect(kinds).not.toContain("html");
    expect(kinds).not.toContain("link");
    expect(kinds).not.toContain("image");
    // The rendered text of each line is the text as typed, whole.
    const items = tree.children.filter((n) => n.type === "list").flatMap((list) => ("children" in list ? list.children : [])).map((item) => toString(item));
    expect(items[0]).toBe(`SB-0007 ${HOSTILE} (${HOSTILE}, closed) — root cause (${HOSTILE}): ${HOSTILE}`);
    expect(items[1]).toBe(`[ ] ${HOSTILE} (SB-0007, ${HOSTILE}, open)`);
    expect(items[2]).toBe(`${HOSTILE}: 2 setbacks (SB-0007, SB-0009)`);
    // The manager's notes keep their Markdown, not their HTML.
    expect(items.slice(3)).toEqual(["<script>alert('fb1')</script>", "<div onclick=alert(1)>notes</div> &amp;"]);
    expect(kinds).toContain("strong");
  });
});

function visit(node: { type: string; children?: unknown[] }, see: (node: { type: string }) => void) {
  see(node);
  for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) visit(child, see);
}
