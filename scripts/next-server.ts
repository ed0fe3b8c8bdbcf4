// How the scripts start the production server, as `npm start` does (package.json): Node with a
// bounded heap, so it collects garbage before growing large (docs/benchmarks.md), then next start.
export const NEXT_START = ["--max-old-space-size=256", "node_modules/next/dist/bin/next", "start"];
