import { describe, expect, it } from "vitest";
import { sameSitePath } from "./same-site-path";

describe("sameSitePath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(sameSitePath("/clients?q=acme#top")).toBe("/clients?q=acme#top");
    expect(sameSitePath("/")).toBe("/");
  });

  it("percent-encodes what a header cannot carry as typed", () => {
    expect(sameSitePath("/clients?q=€uro Café")).toBe("/clients?q=%E2%82%ACuro%20Caf%C3%A9");
    expect(sameSitePath("/setbacks/Zürich")).toBe("/setbacks/Z%C3%BCrich");
  });

  it("sends any control character to the start page", () => {
    for (const bad of ["/board\nSet-Cookie: x=1", "/board\r", "/board\tx", "/board\u0000", "/a\u007f", "/a\u0085"]) {
      expect(sameSitePath(bad), JSON.stringify(bad)).toBe("/");
    }
  });

  it("sends anything that is not a same-site path to the start page", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example", "/.//evil.example/", "/%2e//evil.example", "javascript:alert(1)", "board", "", undefined, null, 42]) {
      expect(sameSitePath(bad), String(bad)).toBe("/");
    }
  });

  it("takes an absolute URL on the given origin as its path, and no other origin's", () => {
    expect(sameSitePath("http://localhost:3000/board?x=1", "http://localhost:3000")).toBe("/board?x=1");
    expect(sameSitePath("http://localhost:3000.evil.example/board", "http://localhost:3000")).toBe("/");
    expect(sameSitePath("http://localhost:3000/a\nb", "http://localhost:3000")).toBe("/");
  });
});
