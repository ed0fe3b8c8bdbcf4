// The demo's mail catcher page: what the demo's SMTP server received, newest first, each mail's
// text and its HTML (in a sandboxed frame, so a mail's markup cannot run anything here).
import http from "node:http";
import type { CaughtMail, MailCatcher } from "./catcher";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const time = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ") + " UTC";
const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a}a{color:#4338ca}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem;border-bottom:1px solid #e2e8f0;vertical-align:top}pre{white-space:pre-wrap;background:#f8fafc;padding:1rem;border:1px solid #e2e8f0}iframe{width:100%;height:32rem;border:1px solid #e2e8f0}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function list(mails: readonly CaughtMail[]): string {
  const rows = [...mails].reverse().map((m) => `<tr><td>${time(m.receivedAt)}</td><td>${esc(m.to.join(", "))}</td><td><a href="/mail/${m.id}">${esc(m.subject || "(no subject)")}</a></td></tr>`);
  return page(
    "Mail the demo sent",
    `<h1>Mail the demo sent</h1><p>Every mail Amends sends in the demo arrives here instead of a real mailbox. Reload to see new ones.</p>` +
      (rows.length ? `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : `<p>No mail yet.</p>`),
  );
}

function one(m: CaughtMail): string {
  return page(
    m.subject,
    `<p><a href="/">All mail</a></p><h1>${esc(m.subject)}</h1><p>From ${esc(m.from)} to ${esc(m.to.join(", "))}, ${time(m.receivedAt)}</p>` +
      `<h2>HTML part</h2><iframe sandbox title="The mail's HTML part" srcdoc="${esc(m.html)}"></iframe><h2>Text part</h2><pre>${esc(m.text)}</pre>`,
  );
}

export function startCatcherPage(catcher: MailCatcher, port: number, host = "127.0.0.1"): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.url === "/mails.json") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(catcher.mails));
      return;
    }
    const id = /^\/mail\/(\d+)$/.exec(req.url ?? "")?.[1];
    const mail = id ? catcher.mails.find((m) => m.id === Number(id)) : undefined;
    if (id && !mail) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(page("Not found", `<p>No such mail. <a href="/">All mail</a></p>`));
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; img-src data:" });
    res.end(mail ? one(mail) : list(catcher.mails));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
