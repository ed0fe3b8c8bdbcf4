// A session secret made once and kept beside the database: for development and the demo,
// which should work without setup. Production takes AUTH_SECRET from the environment.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function localSecret(databaseFile: string): string {
  const file = path.join(path.dirname(path.resolve(databaseFile)), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
