// The team's Markdown (a lesson's narrative, a retrospective's notes) shown as what it says:
// headings, lists, emphasis, links. react-markdown builds React elements and skipHtml drops raw
// HTML, so a stored "<script>" or "<img onerror>" cannot become markup.
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";
import { nestedHeadingLevel } from "@/lib/markdown-text";

/** Each level a step down from the one above: smaller, or as large and lighter (tests/integration/markdown-headings.test.ts). */
const HEADING_LOOK: Record<number, string> = {
  3: "text-base font-bold text-slate-900",
  4: "text-base font-semibold text-slate-900",
  5: "text-sm font-semibold text-slate-900",
  6: "text-sm font-medium text-slate-700",
};

function heading(level: number, below: number) {
  const nested = nestedHeadingLevel(level, below);
  const Tag = `h${nested}` as const;
  function Heading({ children }: { children?: ReactNode }) {
    return <Tag className={`mt-4 first:mt-0 ${HEADING_LOOK[nested] ?? HEADING_LOOK[3]}`}>{children}</Tag>;
  }
  return Heading;
}

/** `below`: the level of the heading this text sits under (2 inside a panel), so its "#" comes next. */
export function MarkdownProse({ children, below = 2 }: { children: string; below?: number }) {
  const components: Components = {
    h1: heading(1, below),
    h2: heading(2, below),
    h3: heading(3, below),
    h4: heading(4, below),
    h5: heading(5, below),
    h6: heading(6, below),
    p: ({ children: text }) => <p className="mt-2 first:mt-0">{text}</p>,
    ul: ({ children: items }) => <ul className="mt-2 list-disc pl-5">{items}</ul>,
    ol: ({ children: items }) => <ol className="mt-2 list-decimal pl-5">{items}</ol>,
    a: ({ children: text, href }: ComponentPropsWithoutRef<"a">) => (
      <a href={href} className="text-indigo-700 underline" rel="noopener noreferrer nofollow">
        {text}
      </a>
    ),
    code: ({ children: text }) => <code className="rounded bg-white px-1 font-mono text-xs">{text}</code>,
  };
  return (
    <div className="rounded-md bg-slate-50 p-3 text-sm [overflow-wrap:anywhere]">
      <Markdown skipHtml components={components}>
        {children}
      </Markdown>
    </div>
  );
}
