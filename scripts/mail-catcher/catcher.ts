// A real SMTP server on loopback that keeps what it receives: the tests' receiving server, and
// the demo's mail catcher (with a page, ./page.ts). Built on smtp-server and mailparser, from
// nodemailer's author: the same project as the sending side, well kept, and small enough that
// the demo needs nothing else installed (maildev would bring a web UI framework along).
import { simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export interface CaughtMail {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Every header, lower-cased names, as received. */
  headers: Record<string, string>;
  receivedAt: number;
}

export interface MailCatcher {
  port: number;
  /** smtp://127.0.0.1:port, for SMTP_URL. */
  url: string;
  mails: CaughtMail[];
  /** Resolves once `count` mails have arrived. */
  waitFor(count: number): Promise<CaughtMail[]>;
  /** The next `count` mails are refused with a temporary error (451), as a busy server would. */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

export async function startMailCatcher(options: { port?: number; host?: string } = {}): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const waiters: { count: number; resolve: (m: CaughtMail[]) => void }[] = [];
  let refusals = 0;
  const settle = () => {
    for (const w of waiters.splice(0)) {
      if (mails.length >= w.count) w.resolve(mails);
      else waiters.push(w);
    }
  };
  const serverOptions: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, session, callback) {
      if (refusals > 0) {
        refusals -= 1;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim();
          mails.push({
            id: mails.length + 1,
            from: parsed.from?.text ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            messageId: parsed.messageId ?? "",
            headers,
            receivedAt: Date.now(),
          });
          callback();
          settle();
        })
        .catch((error: Error) => callback(error));
    },
  };
  const server = new SMTPServer(serverOptions);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://${host}:${port}`,
    mails,
    waitFor: (count) => new Promise((resolve) => (mails.length >= count ? resolve(mails) : waiters.push({ count, resolve }))),
    refuseNext: (count) => void (refusals += count),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
