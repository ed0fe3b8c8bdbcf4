// Setback references: SB-0001, SB-0002, … SB-9999, then SB-10000 (never truncated).

const REF_RE = /^SB-(\d{4,9})$/i;

export function formatReference(number: number): string {
  return `SB-${String(number).padStart(4, "0")}`;
}

/** "SB-0042" → 42; anything else → null. */
export function parseReference(ref: string): number | null {
  const m = REF_RE.exec(ref.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 && formatReference(n).toUpperCase() === ref.trim().toUpperCase() ? n : null;
}

/** The number after the highest one in use. */
export function nextNumber(highest: number | null | undefined): number {
  return (highest ?? 0) + 1;
}
