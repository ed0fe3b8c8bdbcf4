// IPv6 addresses of our own on the loopback interface, so a test can be several clients of one
// /64 (as a home or office network is) through real sockets. Adding them needs root (CI runs
// as root); where `ip` refuses, `addLoopbackPrefix` says why and the test skips.
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";

export interface LoopbackPrefix {
  /** "2001:db8:c2:1a2b", the first 64 bits. */
  prefix: string;
  /** prefix::1 … prefix::count. */
  addresses: string[];
  remove: () => void;
}

function ip(args: string[]) {
  execFileSync("ip", args, { stdio: ["ignore", "ignore", "pipe"] });
}

/** A /64 under the documentation prefix 2001:db8::/32 that no other run uses. */
export function unusedPrefix(): string {
  return `2001:db8:${crypto.randomBytes(2).toString("hex")}:${crypto.randomBytes(2).toString("hex")}`;
}

export function addLoopbackPrefix(count: number, prefix = unusedPrefix()): LoopbackPrefix | { refused: string } {
  const addresses = Array.from({ length: count }, (_, i) => `${prefix}::${(i + 1).toString(16)}`);
  const added: string[] = [];
  const remove = () => {
    for (const address of added.splice(0)) {
      try {
        ip(["-6", "addr", "del", `${address}/128`, "dev", "lo"]);
      } catch {
        // already gone
      }
    }
  };
  try {
    for (const address of addresses) {
      // nodad: usable at once (no duplicate-address detection on loopback anyway).
      ip(["-6", "addr", "add", `${address}/128`, "dev", "lo", "nodad"]);
      added.push(address);
    }
  } catch (error) {
    remove();
    return { refused: `cannot add IPv6 addresses to lo here: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}` };
  }
  return { prefix, addresses, remove };
}
