// How the scripts start the production server, as `npm start` does (package.json): Node with a
// bounded heap, so it collects garbage before growing large (docs/benchmarks.md), running the
// server in front of Next.js (server/main.mjs; it takes `-p port` and `-H hostname`).
export const NEXT_START = ["--max-old-space-size=256", "server/main.mjs"];
