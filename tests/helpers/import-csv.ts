import { IMPORT_COLUMNS } from "@/lib/import/rows";

const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** `count` rows with awkward values: quotes, commas, line breaks, non-ASCII names, blanks. */
export function generatedCsv(count: number, broken: Record<number, Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>> = {}): string {
  const clients = ["Zoë Müller GmbH", 'Smith, "Jr." & Co', "Ōsaka Trading 株式会社", "Plain Ltd", "Café Crème"];
  const lines = [IMPORT_COLUMNS.join(",")];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10);
    const full = i % 3 === 0;
    const row: Record<string, string> = {
      external_id: `ROW-${i}`,
      client: clients[i % clients.length],
      title: i % 7 === 0 ? `Late, "again"\nsecond line ${i}` : `Setback ${i}`,
      category: i % 2 ? "delay" : "Billing error",
      severity: ["low", "medium", "high", "critical"][i % 4],
      fault: ["ours", "shared", "external", "client"][i % 4],
      occurred_at: i % 5 ? `${day}T08:00:00Z` : "",
      discovered_at: `${day}T09:30:00Z`,
      notified_at: full || i % 2 ? `${day}T11:00:00Z` : "",
      notified_channel: full ? "phone" : "",
      remedied_at: full ? `${day}T18:00:00Z` : "",
      compensation_kind: full && i % 2 ? "refund" : "",
      compensation_amount: full && i % 2 ? "1,250.50" : "",
      compensation_currency: full && i % 2 ? "eur" : "",
      followed_up_at: full ? `${day}T20:00:00Z` : "",
      satisfaction: full ? String(1 + (i % 5)) : "",
      closed_at: full ? `${day}T21:00:00Z` : "",
      root_cause: full ? (i % 2 ? "Process" : "Forklift broke, nobody noticed") : "",
      ...broken[i],
    };
    lines.push(IMPORT_COLUMNS.map((c) => q(row[c] ?? "")).join(","));
  }
  return lines.join("\n") + "\n";
}
