// The kinds of notice a person may be told of, as their notification settings list them. An
// escalation cannot be turned off: a breach reaches the owner and every manager whatever they chose.
export interface NoticeKind {
  key: string;
  label: string;
  /** false: always sent, shown in the settings as such. */
  optional: boolean;
}

export const NOTICE_KINDS = [
  { key: "clock.warning", label: "A clock of a setback I own is about to run out (at 75 % of its target)", optional: true },
  { key: "clock.breach", label: "A clock ran out: the time to tell the client, remedy or follow up (an escalation)", optional: false },
] as const satisfies readonly NoticeKind[];

export type NoticeKindKey = (typeof NOTICE_KINDS)[number]["key"];
export const OPTIONAL_KINDS = NOTICE_KINDS.filter((k) => k.optional).map((k) => k.key);

export interface Preference {
  mail: boolean;
  inApp: boolean;
}

/** What a person gets of `kind`: what they chose for an optional kind (both by default), everything otherwise. */
export function preferenceOf(kind: string, chosen: ReadonlyMap<string, Preference>): Preference {
  const k = NOTICE_KINDS.find((n) => n.key === kind);
  if (!k || !k.optional) return { mail: true, inApp: true };
  return chosen.get(kind) ?? { mail: true, inApp: true };
}
