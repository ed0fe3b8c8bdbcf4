// npm run audit:verify [-- --anchor VALUE] — walks the event hash chain, its signed checkpoints
// and head, and every record against the event that created it; with an anchor from
// npm run audit:anchor, also proves the chain still holds that head unchanged. Exits 1 when
// broken (or not signed yet), 2 for a bad argument.
import { verifyAuditChain } from "../db/audit";
import { databasePath, getDb } from "../db/client";
import { NOT_AN_ANCHOR, parseAnchor } from "../lib/audit/anchor";
import { describeVerification } from "../lib/audit/report";
import { scriptArgs, usageError } from "./args";

const USAGE = "npm run audit:verify [-- --anchor amends-anchor.v1.…]";
const { values } = scriptArgs(USAGE, { options: { anchor: { type: "string" } } });
const anchor = values.anchor === undefined ? null : parseAnchor(values.anchor);
if (values.anchor !== undefined && !anchor) usageError(USAGE, NOT_AN_ANCHOR);
const result = await verifyAuditChain(getDb(), { anchor });
const line = describeVerification(result);
if (result.ok) {
  console.log(line);
  if (!anchor) console.log("Without an anchor kept elsewhere, this cannot show that no events were cut off the end (npm run audit:anchor).");
} else {
  console.error(`${line} in ${databasePath()}`);
  process.exit(1);
}
