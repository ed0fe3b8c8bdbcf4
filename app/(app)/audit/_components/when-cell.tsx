import type { EventWhen } from "@/lib/audit/event-times";
import { formatZoned, toIsoInstant } from "@/lib/time/zoned";

const At = ({ ms, timeZone }: { ms: number; timeZone: string }) => <time dateTime={toIsoInstant(ms) ?? undefined}>{formatZoned(ms, timeZone)}</time>;

/**
 * When an entry of the audit trail was recorded (the list's order) and, where it differs, when
 * what it records happened, each named: "happened 3 Nov 2026, 10:00 GMT, recorded 5 Nov 2026,
 * 09:12 GMT". A time written back-dated says it was recorded after the one before it.
 */
export function WhenText({ when, timeZone }: { when: EventWhen; timeZone: string }) {
  switch (when.kind) {
    case "recorded":
      return <At ms={when.recorded} timeZone={timeZone} />;
    case "happened":
      return <>happened <At ms={when.happened} timeZone={timeZone} />, recorded <At ms={when.recorded} timeZone={timeZone} /></>;
    case "back-dated":
      return <>happened <At ms={when.happened} timeZone={timeZone} />, recorded after <At ms={when.after} timeZone={timeZone} /></>;
  }
}
