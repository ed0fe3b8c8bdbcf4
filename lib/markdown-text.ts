// Text from people (a client's message, a setback's title, a name) written into a Markdown
// export so that it reads as typed and runs as nothing: no raw HTML, no autolink, no link or
// image, no table cell or list broken open. A Markdown viewer that renders raw HTML would
// otherwise run a client's `<script>` the moment a manager opened the export.

/** `<` that could open a tag, comment, declaration or autolink (CommonMark), and `&` that would read as an entity. */
const HTML_START = /<(?=[A-Za-z/!?])/g;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** Markdown written by the team (the retrospective's notes): its Markdown kept, its HTML shown as text. */
export function markdownProse(text: string): string {
  return text.replace(ENTITY, "&amp;").replace(HTML_START, "&lt;");
}

/** Plain text inside a line, a list item or a table cell: shown exactly as typed, on one line. */
export function markdownInline(text: string): string {
  return markdownProse(text.replace(/[\\[\]|`]/g, (c) => `\\${c}`)).replace(/\s*\r?\n\s*/g, " ");
}
