// RFC 9457 problem details: every API error has this shape, with the fields that were wrong.
// Every API answer, error or not, is built here and is never cached (NO_STORE).
import type { FieldErrors } from "../commands/command";
import { NO_STORE } from "../security/no-store";

const TITLES: Record<number, string> = {
  400: "The request is not valid",
  401: "Authentication required",
  403: "Not allowed for your role",
  404: "Not found",
  409: "Refused",
  413: "The request body is too large",
  429: "Too many requests",
  503: "The database cannot be written just now",
};

export function problem(status: number, detail?: string, fieldErrors?: FieldErrors, headers: Record<string, string> = {}): Response {
  const body: Record<string, unknown> = { type: "about:blank", title: TITLES[status] ?? "Error", status };
  if (detail) body.detail = detail;
  if (fieldErrors && Object.keys(fieldErrors).length) {
    body.errors = Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  }
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/problem+json", ...NO_STORE, ...headers } });
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...NO_STORE } });
}
