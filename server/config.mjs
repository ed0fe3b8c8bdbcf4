// @ts-check
// The server's configuration, read once at start: where to listen, which proxies to believe,
// and under which host names to answer. A malformed value stops the start with a message that says what to set (README,
// "Configuration"). `-p`/`--port` and `-H`/`--hostname` are taken as `next start` takes them.
import { parseArgs } from "node:util";
import { z } from "zod";
import { parseAllowedHosts } from "./host-check.mjs";
import { parseTrustProxy } from "./trusted-proxy.mjs";

const schema = z.object({
  port: z.coerce.number({ error: "PORT must be a number" }).int("PORT must be a whole number").min(0, "PORT must be 0 to 65535").max(65535, "PORT must be 0 to 65535"),
  // Unset: every address (IPv6 and IPv4). Not read from $HOSTNAME, which shells and containers
  // set to the machine's name.
  hostname: z.string().min(1).optional(),
  trustProxy: z.string().optional().transform((value, ctx) => {
    try {
      return parseTrustProxy(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `TRUST_PROXY: ${/** @type {Error} */ (error).message}` });
      return z.NEVER;
    }
  }),
  // Unset: any host (the demo, the tests, a server reached by its address). Set: only these.
  hosts: z.string().optional().transform((value, ctx) => {
    try {
      return parseAllowedHosts(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `AMENDS_HOSTS: ${/** @type {Error} */ (error).message}` });
      return z.NEVER;
    }
  }),
});

/** @typedef {z.output<typeof schema>} ServerConfig */

/**
 * @param {string[]} argv the arguments after the script
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, config: ServerConfig } | { ok: false, message: string }}
 */
export function readServerConfig(argv, env) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } }));
  } catch (error) {
    return { ok: false, message: `${/** @type {Error} */ (error).message}. Usage: server/main.mjs [-p port] [-H hostname]` };
  }
  const parsed = schema.safeParse({ port: values.port ?? env.PORT ?? 3000, hostname: values.hostname, trustProxy: env.TRUST_PROXY, hosts: env.AMENDS_HOSTS });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join("; ") };
  return { ok: true, config: parsed.data };
}
