// The triage panel: what a client's own report arrives without, set in one step.
import { z } from "zod";
import { FAULTS, SEVERITIES } from "../setbacks/vocabulary";
import { choice, editedVersion, id, requiredText } from "./fields";

export const triageInput = z.object({
  setbackId: id("a setback"),
  version: editedVersion,
  severity: choice("a severity", SEVERITIES),
  // Only an assessed fault: "not yet assessed" is what triage replaces.
  fault: choice("whose fault it was", FAULTS),
  // Checked against the categories (and "needs triage" refused) in lib/commands/triage.ts.
  category: requiredText("Category", 64),
  ownerId: id("an owner"),
});
export type TriageInput = z.output<typeof triageInput>;
