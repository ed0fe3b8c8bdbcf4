import type { Option } from "@/app/_components/field";
import type { SetbackRecords } from "@/db/queries/setback-records";
import type { Setback } from "@/db/schema";
import type { Actor } from "@/lib/commands/command";

/** What every panel of the setback page is given. */
export interface PanelContext {
  setback: Setback & { reference: string };
  records: SetbackRecords;
  actor: Actor;
  owners: Option[];
  timeZone: string;
  /** Now as a datetime-local value in the viewer's zone: the latest a back-dated field may be. */
  nowLocal: string;
  now: number;
  clientName: string;
  currency: string;
  approvalThresholdCents: number;
}
