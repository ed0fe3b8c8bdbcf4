// Answers that carry the organisation's data — every API answer and every export — are never
// kept by a browser's or a proxy's cache: a shared computer, a company proxy or the back button
// after signing out would otherwise hand them to the next person. tests/integration/no-store.test.ts
// checks every export and API endpoint.
export const NO_STORE = { "cache-control": "no-store" } as const;
