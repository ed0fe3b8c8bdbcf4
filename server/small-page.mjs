// @ts-check
// The one look of every small page the app answers itself, without its stylesheet: the server in
// front (server/refusal-response.mjs) and proxy.ts (app/_server/small-page.ts). It copies what
// the app's own 404 page is made of (app/not-found.tsx with tailwind: the background, type and
// colours, as the built stylesheet gives them, lab() where the browser has it) and the app's
// name as the sign-in page shows it; e2e/refusal-pages.spec.ts compares the computed styles.
// No script, image or form: the policy allows the page's own style and nothing else.

export const SMALL_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Tailwind's slate-50, slate-900, slate-600, indigo-700 and indigo-500, hex then lab.
const STYLE = [
  "*{box-sizing:border-box}",
  "html{line-height:1.5;font-family:-apple-system,BlinkMacSystemFont,\"Segoe UI\",Roboto,\"Helvetica Neue\",\"Noto Sans\",Arial,sans-serif,\"Apple Color Emoji\",\"Segoe UI Emoji\",\"Segoe UI Symbol\",\"Noto Color Emoji\";-webkit-text-size-adjust:100%}",
  "body{margin:0;min-height:100vh;background-color:#f8fafc;background-color:lab(98.1434% -.369519 -1.05966);color:#0f172b;color:lab(7.78673% 1.82345 -15.0537);-webkit-font-smoothing:antialiased}",
  "main{max-width:36rem;margin:0 auto;padding:4rem 1rem;text-align:center}",
  ".name{margin:0;font-size:.875rem;line-height:1.25rem;font-weight:600;text-transform:uppercase;letter-spacing:.025em;color:#432dd7;color:lab(32.4486% 49.2217 -84.6695)}",
  "h1{margin:.25rem 0 0;font-size:1.5rem;line-height:2rem;font-weight:600}",
  "h1+p{margin:.5rem 0 0;color:#45556c;color:lab(35.5623% -1.74978 -15.4316)}",
  "a{display:inline-block;margin-top:1.5rem;color:#432dd7;color:lab(32.4486% 49.2217 -84.6695);text-decoration-line:underline}",
  "a:focus-visible{outline:2px solid #625fff;outline-offset:2px}",
].join("");

/**
 * The whole page: the app's name, a heading, one paragraph in plain words, a link back to the app.
 * @param {string} title @param {string} detail
 */
export function smallPageHtml(title, detail) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · Amends</title>
<style>${STYLE}</style></head>
<body><main><p class="name">Amends</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p><a href="/">Back to Amends</a></main></body>
</html>
`;
}
