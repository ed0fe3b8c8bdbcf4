// A lesson's Markdown headings step down in order: each level is smaller than the one above, or
// as large and lighter — never an h4 that reads weaker than the h5 under it (the walk found one).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownProse } from "@/app/_components/markdown-prose";

const SIZE = ["text-xs", "text-sm", "text-base", "text-lg", "text-xl"];
const WEIGHT = ["font-normal", "font-medium", "font-semibold", "font-bold"];

function look(html: string, level: number): { size: number; weight: number } {
  const classes = new RegExp(`<h${level} class="([^"]*)"`).exec(html)?.[1].split(" ") ?? [];
  return { size: SIZE.findIndex((c) => classes.includes(c)), weight: WEIGHT.findIndex((c) => classes.includes(c)) };
}

describe("MarkdownProse headings", () => {
  it("step down in size or weight at every level, under a panel's heading", () => {
    // Under a panel (level 2), "#" is an h3 and "####" an h6.
    const html = renderToStaticMarkup(MarkdownProse({ below: 2, children: "# One\n\n## Two\n\n### Three\n\n#### Four\n\ntext" }));
    const looks = [3, 4, 5, 6].map((level) => look(html, level));
    for (const l of looks) expect(l.size >= 0 && l.weight >= 0, JSON.stringify(looks)).toBe(true);
    for (let i = 1; i < looks.length; i++) {
      const [above, below] = [looks[i - 1], looks[i]];
      const stepsDown = below.size < above.size ? below.weight <= above.weight : below.size === above.size && below.weight < above.weight;
      expect(stepsDown, `h${i + 3} ${JSON.stringify(below)} under h${i + 2} ${JSON.stringify(above)}`).toBe(true);
    }
  });
});
