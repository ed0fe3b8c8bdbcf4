// When two client names mean the same client. One rule, used by create, rename, import and
// search, kept in the clients.name_key column (unique) and clients.search_key: SQLite's lower()
// and LIKE fold ASCII only, so "ÉCOLE MÜLLER" and "école müller" looked like two clients.
//
// The key ignores what carries no meaning in a name: the Unicode form (NFKC: a decomposed "é"
// is "é", a full-width "Ａ" is "A", "ﬁ" is "fi"), case (full case folding: "ß" is "ss", a final
// "ς" is "σ"), the dot on Turkish İ/ı (people type "Istanbul" for "İstanbul" on other keyboards,
// so I, i, İ and ı are all "i"), invisible characters (zero-width spaces, soft hyphens) and runs
// of white space. It keeps diacritics: "Müller" and "Muller", "Peña" and "Pena" can be different
// clients, and filing one's setbacks under the other is worse than asking a person to tell them
// apart. Search is forgiving instead (a wrong hit costs a glance): its key also drops the
// diacritics of Latin, Greek and Cyrillic letters, so "ecole" finds "École". Marks that are
// letters in other scripts (Devanagari vowel signs, Thai) are kept by both.

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const DOTTED_OR_DOTLESS_I = /[İı]/g;
const FINAL_SIGMA = /ς/g;
/** Combining Diacritical Marks: the accents of Latin, Greek and Cyrillic letters once decomposed. */
const DIACRITICS = /[\u0300-\u036f]/g;

/** The name as matching sees it; "" when it has nothing but spaces and invisible characters. */
export function clientNameKey(name: string): string {
  const folded = name
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(DOTTED_OR_DOTLESS_I, "i")
    // Lower, upper, then lower case again is full case folding for names ("ẞ" → "ß" → "SS" →
    // "ss"), which toLowerCase alone is not; the final sigma is the one letter it leaves apart.
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
    .replace(FINAL_SIGMA, "σ");
  return folded.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

/** The key search compares, for a stored name and for what was typed alike. */
export function clientSearchKey(text: string): string {
  return clientNameKey(text).normalize("NFD").replace(DIACRITICS, "").normalize("NFC");
}
