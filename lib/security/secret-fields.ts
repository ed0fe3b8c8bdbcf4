// A refused form gets back what was typed, so nobody types it twice — except secrets. A password
// sent back would sit in the action's answer (the RSC payload), the browser's memory and any log
// of the response, for a form the person must submit again anyway. Which fields are secret is
// decided here, by name, for every form at once.

/** Field names that hold a secret: a password (new, current, initial…), a passphrase, a token, a secret. */
const SECRET_NAME = /pass(word|phrase)|secret|token/i;

export function isSecretField(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** The typed text values of a submitted form, without its secret fields. */
export function echoableValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) if (typeof value === "string" && !isSecretField(key)) values[key] = value;
  return values;
}
