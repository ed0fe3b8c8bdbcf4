import { appendEvent } from "../../db/audit";
import { readOrgSettings, readTarget, writeSetting, writeTarget } from "../../db/writes/settings";
import { diff, type Changes } from "../audit/events";
import { SEVERITIES } from "../setbacks/vocabulary";
import { orgSettingsInput, targetField, targetsInput } from "../validation/settings";
import { command } from "./command";

const DAY_HOURS = 24;

/** Service-level targets per severity; notify in hours, remedy and follow-up in days (stored as hours). */
export const updateTargets = command({
  does: "change service-level targets",
  permission: "manage:settings:any",
  schema: targetsInput,
  run(tx, input, actor) {
    const changes: Changes = {};
    for (const severity of SEVERITIES) {
      const before = readTarget(tx, severity);
      const after = {
        severity,
        notifyHours: input[targetField("notify", severity)],
        remedyHours: input[targetField("remedy", severity)] * DAY_HOURS,
        followUpHours: input[targetField("follow_up", severity)] * DAY_HOURS,
      };
      const changed = diff({ ...before }, after);
      for (const [field, change] of Object.entries(changed)) changes[`${severity}.${field}`] = change;
      if (Object.keys(changed).length) writeTarget(tx, after);
    }
    if (Object.keys(changes).length) appendEvent(tx, { kind: "settings.updated", actorId: actor.id, data: { section: "targets", changes } });
    return { changed: Object.keys(changes).length > 0 };
  },
});

export const updateOrgSettings = command({
  does: "change settings",
  permission: "manage:settings:any",
  schema: orgSettingsInput,
  run(tx, input, actor) {
    const changes = diff({ ...readOrgSettings(tx) }, input);
    for (const key of Object.keys(changes)) writeSetting(tx, key, input[key as keyof typeof input]);
    if (Object.keys(changes).length) appendEvent(tx, { kind: "settings.updated", actorId: actor.id, data: { section: "organisation", changes } });
    return { changed: Object.keys(changes).length > 0 };
  },
});
