import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { markdownInline, markdownProse, nestedHeadingLevel, nestHeadings } from "./markdown-text";

// Parsed as CommonMark (the parser react-markdown uses) with GitHub's autolinks of bare
// addresses ("www.x.example", "https://x.example", "a@x.example"), as a GFM viewer reads it.
const parse = (md: string) => fromMarkdown(md, { extensions: [gfmAutolinkLiteral()], mdastExtensions: [gfmAutolinkLiteralFromMarkdown()] });

/** The node kinds found in `md`; code spans only when they hold a bare address (how those are defused). */
function kinds(md: string): Set<string> {
  const found = new Set<string>();
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    found.add(node.type === "inlineCode" && /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[\w.+-]+@)/i.test(node.value ?? "") ? "address in code" : node.type);
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) walk(child);
  };
  walk(parse(md));
  return found;
}

// Text built from the characters that make Markdown do something: tags, autolinks, links, images, entities, escapes.
const markup = fc.array(fc.constantFrom("<", ">", "/", "!", "?", "[", "]", "(", ")", "&", ";", "#", "\\", "|", "`", "a", "script", "img", "http://x.example", "www.x.example", "a@x.example", "HTTPS://X.EXAMPLE/t.png", "javascript:", " ", "\n", "lt", "x41"), { maxLength: 40 }).map((parts) => parts.join(""));

describe("markdownInline", () => {
  it("never lets raw HTML, an autolink, a link or an image through", () => {
    fc.assert(
      fc.property(markup, (text) => {
        const found = kinds(`- ${markdownInline(text)}`);
        for (const kind of ["html", "link", "image", "inlineCode"]) expect(found.has(kind), `${JSON.stringify(text)} gave ${kind}`).toBe(false);
      }),
      { numRuns: 3_000 },
    );
  });

  it("leaves no bare address live: a client's http://, www. or email address is shown in a code span", () => {
    const text = "see http://evil.example/t.png or www.evil.example, mail a@evil.example";
    expect(markdownInline(text)).toBe("see `http://evil.example/t.png` or `www.evil.example`, mail `a@evil.example`");
    expect(kinds(markdownInline(text)).has("link")).toBe(false);
    expect(toString(parse(markdownInline(text)))).toBe(text);
  });

  it("reads as typed: a client's script tag is text", () => {
    const text = "<script>alert('fb1')</script> [x](javascript:alert(1)) a | b \\ &lt;";
    expect(toString(fromMarkdown(markdownInline(text)))).toBe(text);
    expect(markdownInline("<script>alert('fb1')</script>")).toBe("&lt;script>alert('fb1')&lt;/script>");
  });
});

describe("markdownProse", () => {
  it("keeps the team's Markdown and shows its HTML as text", () => {
    fc.assert(
      fc.property(markup, (text) => {
        expect(kinds(markdownProse(text)).has("html"), JSON.stringify(text)).toBe(false);
      }),
      { numRuns: 3_000 },
    );
    const md = markdownProse("**Call first.**\n\n<b>bold</b> &amp;");
    expect(kinds(md).has("strong")).toBe(true);
    expect(toString(fromMarkdown(md))).toBe("Call first.<b>bold</b> &amp;");
  });
});

describe("nestHeadings", () => {
  const headings = (md: string) => parse(md).children.filter((n) => n.type === "heading").map((n) => ({ depth: (n as { depth: number }).depth, text: toString(n) }));

  it("keeps the team's headings as headings, one level under the section they are placed in", () => {
    const notes = "# Summary\n\nWe shipped late.\n\n## What we changed\n\n- a check before dispatch\n###### Deep";
    expect(headings(nestHeadings(markdownProse(notes), 2))).toEqual([
      { depth: 3, text: "Summary" },
      { depth: 4, text: "What we changed" },
      { depth: 6, text: "Deep" },
    ]);
  });

  it("leaves code, a hash without a space and HTML-looking text alone", () => {
    const notes = "```\n# not a heading\n```\n#hashtag\n## <b>Bold</b> plan";
    const out = nestHeadings(markdownProse(notes), 2);
    expect(out).toContain("```\n# not a heading\n```\n#hashtag\n");
    expect(headings(out)).toEqual([{ depth: 4, text: "<b>Bold</b> plan" }]);
    expect(kinds(out).has("html")).toBe(false);
  });

  it("caps the level at 6", () => {
    expect(nestedHeadingLevel(6, 2)).toBe(6);
    expect(nestedHeadingLevel(1, 2)).toBe(3);
  });
});
