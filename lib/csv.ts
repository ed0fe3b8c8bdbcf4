// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, CRLF lines.
// A leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula.

function field(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return [columns, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
