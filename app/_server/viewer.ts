import "server-only";
import { decodeOrKeep } from "@/lib/url-text";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { getOrgSettings } from "@/db/queries/settings";
import { isTimeZone, toLocalInputValue } from "@/lib/time/zoned";

/** The viewer's time zone (from the browser's cookie), else the organisation's. */
export async function viewerTimeZone(): Promise<string> {
  const fromCookie = (await cookies()).get("tz")?.value;
  const zone = fromCookie ? decodeOrKeep(fromCookie) : undefined;
  if (isTimeZone(zone)) return zone;
  return (await getOrgSettings(getDb())).timeZone;
}

/** Now, as the value of a `datetime-local` input in `timeZone`: the latest a form's date may be. */
export function nowAsLocalInput(timeZone: string): string {
  return toLocalInputValue(Date.now(), timeZone);
}
