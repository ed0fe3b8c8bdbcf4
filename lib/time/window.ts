// The one window of instants Amends accepts, wherever a date comes in (forms, the API, the CSV
// import, report and audit filters): wide enough for any real setback or promise, and narrow
// enough that every page, export and time zone can show it. JavaScript's own limit
// (±8,640,000,000,000,000 ms) is far wider, and a page that formats a value past it throws.

/** 1 Jan 1970, 00:00 UTC: the first instant accepted. */
export const EARLIEST_INSTANT = Date.UTC(1970, 0, 1);
/** 1 Jan 2100, 00:00 UTC: the first instant no longer accepted. */
export const LATEST_INSTANT = Date.UTC(2100, 0, 1);
/** The window in words, for messages: "Occurred at must be between …". */
export const WINDOW_TEXT = "between 1 Jan 1970 and 31 Dec 2099";

/** Whether `ms` is a whole number of milliseconds inside the window. */
export function inInstantWindow(ms: number): boolean {
  return Number.isInteger(ms) && ms >= EARLIEST_INSTANT && ms < LATEST_INSTANT;
}

/** Whether a calendar year (of a "YYYY-MM-DD" filter) lies inside the window. */
export function inWindowYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1970 && year <= 2099;
}
