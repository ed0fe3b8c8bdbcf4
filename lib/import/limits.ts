// How large a CSV the import page takes. Checking 10 MB (about 65,000 rows) takes a few
// seconds and well under the server's 256 MB heap; importing it, one transaction of about
// half a minute. A larger file: split it, or use `npm run import` on the server, which has no
// such limit.
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

const MB = 1024 * 1024;
/** A refused size to one decimal, never shown as the limit itself (10 MB and a byte is "10.1 MB"). */
const megabytes = (bytes: number) => {
  const shown = Math.max(Math.round((bytes / MB) * 10) / 10, IMPORT_MAX_BYTES / MB + 0.1);
  return `${shown.toLocaleString("en", { maximumFractionDigits: 1 })} MB`;
};

/** What the page says about the limit. */
export const IMPORT_LIMIT_TEXT = `at most ${IMPORT_MAX_BYTES / MB} MB`;

/** The message for a file over the limit (null: within it). */
export function importTooLarge(bytes: number): string | null {
  if (bytes <= IMPORT_MAX_BYTES) return null;
  return `The file is ${megabytes(bytes)}; at most ${IMPORT_MAX_BYTES / MB} MB can be imported at once. Split it into smaller files, or import it with npm run import on the server.`;
}
