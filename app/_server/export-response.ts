import "server-only";
import { NO_STORE } from "@/lib/security/no-store";

// The answers of the export routes (the trail, the reports' CSV, the retrospective's Markdown):
// a file to download, or a short refusal in plain text. Neither is cached (NO_STORE).

/** A file the browser saves as `filename`. */
export function download(body: string, contentType: string, filename: string): Response {
  return new Response(body, { headers: { "content-type": contentType, "content-disposition": `attachment; filename="${filename}"`, ...NO_STORE } });
}

/** "Sign in first.", "No such table.": the refusal of an export, as text. */
export function refusal(status: 401 | 403 | 404, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE } });
}
