// Which client each import row is filed under, decided before anything is written so that the
// dry run can say it: rows whose name means an existing client (by lib/clients/name-key.ts) join
// it, the rest create one client per key, named as the key's first row spells it.

export interface ClientJoin {
  /** The name as the file spells it. */
  name: string;
  clientId: number;
  /** The existing client's name. */
  client: string;
  lines: number[];
}

export interface NewClient {
  name: string;
  /** Other spellings in the file that are the same client ("SOCIÉTÉ" beside "Société"). */
  spellings: string[];
  lines: number[];
}

export interface ClientPlan {
  joining: ClientJoin[];
  created: NewClient[];
}

/** Spellings that look alike (a decomposed "é", extra spaces) are listed once. */
const spellingOf = (name: string) => name.normalize("NFC").replace(/\s+/gu, " ").trim();

export function planClients(rows: readonly { line: number; client: string; clientKey: string }[], existing: ReadonlyMap<string, { id: number; name: string }>): ClientPlan {
  const joining = new Map<string, ClientJoin>();
  const created = new Map<string, NewClient & { seen: Set<string> }>();
  for (const row of rows) {
    const spelling = spellingOf(row.client);
    const client = existing.get(row.clientKey);
    if (client) {
      const group = `${client.id} ${spelling}`;
      const join = joining.get(group) ?? { name: row.client, clientId: client.id, client: client.name, lines: [] };
      join.lines.push(row.line);
      joining.set(group, join);
      continue;
    }
    const fresh = created.get(row.clientKey) ?? { name: row.client, spellings: [], lines: [], seen: new Set([spelling]) };
    if (!fresh.seen.has(spelling)) {
      fresh.seen.add(spelling);
      fresh.spellings.push(row.client);
    }
    fresh.lines.push(row.line);
    created.set(row.clientKey, fresh);
  }
  return { joining: [...joining.values()], created: [...created.values()].map(({ seen, ...c }) => c) };
}
