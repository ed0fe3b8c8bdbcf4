// The notification settings form: for each kind that may be turned off, "By mail" and "In Needs me".
import { z } from "zod";
import { OPTIONAL_KINDS } from "../notices/kinds";
import { checkbox } from "./fields";

export const preferenceField = (kind: string, channel: "mail" | "inApp") => `${kind}.${channel}`;

export const notificationPreferencesInput = z.object(
  Object.fromEntries(OPTIONAL_KINDS.flatMap((kind) => [[preferenceField(kind, "mail"), checkbox], [preferenceField(kind, "inApp"), checkbox]])) as Record<string, typeof checkbox>,
);
