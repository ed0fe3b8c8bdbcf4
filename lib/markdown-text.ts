// Text from people (a client's message, a setback's title, a name) written into a Markdown
// export so that it reads as typed and runs as nothing: no raw HTML, no autolink (GitHub's bare
// "www.…", "https://…" and email addresses too), no link or image, no table cell or list broken open. A Markdown viewer that renders raw HTML would
// otherwise run a client's `<script>` the moment a manager opened the export.

/** `<` that could open a tag, comment, declaration or autolink (CommonMark), and `&` that would read as an entity. */
const HTML_START = /<(?=[A-Za-z/!?])/g;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** Markdown written by the team (the retrospective's notes): its Markdown kept, its HTML shown as text. */
export function markdownProse(text: string): string {
  return text.replace(ENTITY, "&amp;").replace(HTML_START, "&lt;");
}

/**
 * A bare address a GFM viewer would make a link of. No escape or entity stops that (its
 * autolinks read the text after both are resolved), but a code span does, and reads as typed.
 */
const BARE_ADDRESS = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>|]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
/** Trailing punctuation GFM leaves out of an autolink: it stays outside the code span too. */
const TRAILING = /[.,:;!?*_~'")]+$/;

/** Plain text inside a line, a list item or a table cell: shown exactly as typed, on one line. */
export function markdownInline(text: string): string {
  const line = text.replace(/\s*\r?\n\s*/g, " ");
  let out = "";
  let at = 0;
  for (const match of line.matchAll(BARE_ADDRESS)) {
    const address = match[0].replace(TRAILING, "");
    if (!address) continue;
    out += escapeInline(line.slice(at, match.index)) + codeSpan(address);
    at = match.index + address.length;
  }
  return out + escapeInline(line.slice(at));
}

function escapeInline(text: string): string {
  return markdownProse(text.replace(/[\\[\]|`]/g, (c) => `\\${c}`));
}

/** `text` as a code span: fenced by one backtick more than its longest run of them (CommonMark). */
function codeSpan(text: string): string {
  const fence = "`".repeat(Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length)) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The level a heading of the team's Markdown takes inside a section whose own heading is `below`. */
export function nestedHeadingLevel(level: number, below: number): 1 | 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(1, level + below)) as 1 | 2 | 3 | 4 | 5 | 6;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/;

/**
 * The team's Markdown placed under a section heading of level `below`: its "# What we changed"
 * becomes a level-`below + 1` heading, so it reads as part of that section, not as a new one.
 * Lines inside fenced code stay as they are (a "#" there is code, not a heading).
 */
export function nestHeadings(markdown: string, below: number): string {
  let fence: string | null = null;
  return markdown
    .split("\n")
    .map((line) => {
      const opens = FENCE.exec(line)?.[1];
      if (fence) {
        if (opens && opens[0] === fence[0] && opens.length >= fence.length) fence = null;
        return line;
      }
      if (opens) {
        fence = opens;
        return line;
      }
      return line.replace(ATX_HEADING, (_, indent: string, hashes: string) => indent + "#".repeat(nestedHeadingLevel(hashes.length, below)));
    })
    .join("\n");
}
