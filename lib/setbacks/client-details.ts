// A letter to the client never quotes their own contact details back to them: a setback they
// reported carries "How to reach them: Hannah, 0161 555 0199" in its description, for us. The
// composer quotes the description, so it drops any line or sentence that holds a way to reach
// someone (an email address, a phone number, the contacts' own details).

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** Seven or more digits, spaces, dots, dashes or brackets between them allowed: a phone number. */
const PHONE = /\+?\d(?:[\s().-]*\d){6,}/;
const REACH = /^\s*how to reach (them|me|us)\b/i;

function holdsDetail(text: string, details: readonly string[]): boolean {
  if (EMAIL.test(text) || PHONE.test(text)) return true;
  const lower = text.toLowerCase();
  return details.some((d) => d.trim().length >= 5 && lower.includes(d.trim().toLowerCase()));
}

/** `text` without the lines and sentences that hold contact details. */
export function withoutClientDetails(text: string, details: readonly string[] = []): string {
  return text
    .split("\n")
    .filter((line) => !REACH.test(line))
    .map((line) =>
      line
        .split(/(?<=[.!?])\s+/)
        .filter((s) => !holdsDetail(s, details))
        .join(" "),
    )
    .join("\n")
    .trim();
}
