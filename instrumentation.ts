// Runs once when the server starts (Node.js only; the checks live in instrumentation-node.ts so
// the Edge build never sees process.exit).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
