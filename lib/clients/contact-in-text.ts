// Who sent a client's report: their answer to "How can we reach you?" is free text ("Hannah,
// 0161 555 0199"), matched against the client's own contacts so the message is "From Hannah
// Price". Only an unambiguous match counts: one contact whose email, phone or full name it holds.

export interface ContactCandidate {
  id: number;
  name: string;
  email: string;
  phone: string;
}

const digits = (text: string) => text.replace(/\D/g, "");
const words = (text: string) => ` ${text.toLowerCase().normalize("NFC").replace(/[^\p{L}\p{N}@.+-]+/gu, " ").trim()} `;

/** The contact the text names by email, phone (at least 7 digits) or full name; null when none or several do. */
export function contactInText(text: string, contacts: readonly ContactCandidate[]): ContactCandidate | null {
  if (!text.trim()) return null;
  const said = words(text);
  const saidDigits = digits(text);
  const named = (c: ContactCandidate) =>
    (c.email.trim() !== "" && said.includes(` ${c.email.trim().toLowerCase()} `)) ||
    (digits(c.phone).length >= 7 && saidDigits.includes(digits(c.phone))) ||
    (c.name.trim() !== "" && said.includes(words(c.name)));
  const found = contacts.filter(named);
  return found.length === 1 ? found[0] : null;
}
