// A date an edit form shows to the minute, sent back untouched, keeps its stored millisecond:
// the form carries a hidden companion "the value shown|the stored epoch ms" per date field.

export const keptFieldName = (field: string) => `${field}:kept`;
export const keptFieldValue = (shown: string, stored: number) => `${shown}|${stored}`;

/** The field's value, or the stored instant when the field came back exactly as it was shown. */
export function keptInstant(input: Record<string, unknown>, field: string): unknown {
  const value = input[field];
  const kept = input[keptFieldName(field)];
  delete input[keptFieldName(field)];
  if (typeof value !== "string" || typeof kept !== "string") return value;
  const bar = kept.lastIndexOf("|");
  const stored = Number(kept.slice(bar + 1));
  return bar > 0 && kept.slice(0, bar) === value.trim() && Number.isSafeInteger(stored) ? stored : value;
}
