// The answers proxy.ts gives itself (a request it cannot read, a form from another site, an
// address that must wait), in the one look of the app's small pages (server/small-page.mjs, shared
// with the server in front). The usual headers come from next.config.ts; the policy allows
// nothing but the page's own style.
import { SMALL_PAGE_CSP, smallPageHtml } from "@/server/small-page.mjs";

export { SMALL_PAGE_CSP };

export function smallPage(status: number, title: string, detail: string, headers: Record<string, string> = {}): Response {
  return new Response(smallPageHtml(title, detail), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": SMALL_PAGE_CSP, "cache-control": "no-store", ...headers },
  });
}
