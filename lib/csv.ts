// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, CRLF lines.
// Every CSV the app writes goes through toCsv, so one rule defuses spreadsheet formulas (OWASP's
// CSV-injection advice): a cell that begins with =, +, -, @, a tab, a carriage return or a line
// feed is prefixed with ' — unless the whole cell is a plain number, which a spreadsheet should
// read as one ("-1.50"). "-2+3+cmd|…" begins with a number too, and is a formula.

const FORMULA_START = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A cell a spreadsheet will show as text, never run. */
function defuseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  const safe = defuseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return [columns, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
