// A person chooses what they are told of (their notification settings); an event records it.
import { appendEvent } from "../../db/audit";
import { preferencesOf, writePreferences } from "../../db/writes/notification-preferences";
import { diff } from "../audit/events";
import { OPTIONAL_KINDS, preferenceOf, type Preference } from "../notices/kinds";
import { notificationPreferencesInput, preferenceField } from "../validation/notification-preferences";
import { CommandError, command } from "./command";

export const setNotificationPreferences = command({
  does: "choose what they are told of",
  permission: "manage:notifications:own",
  schema: notificationPreferencesInput,
  run(tx, input, actor) {
    if (actor.id === null) throw new CommandError(400, "Only a person signed in has notification settings.");
    const before = preferencesOf(tx, [actor.id]).get(actor.id) ?? new Map<string, Preference>();
    const after = new Map(OPTIONAL_KINDS.map((kind) => [kind, { mail: Boolean(input[preferenceField(kind, "mail")]), inApp: Boolean(input[preferenceField(kind, "inApp")]) }]));
    const flat = (m: ReadonlyMap<string, Preference>) =>
      Object.fromEntries(OPTIONAL_KINDS.flatMap((kind) => { const p = preferenceOf(kind, m); return [[preferenceField(kind, "mail"), p.mail], [preferenceField(kind, "inApp"), p.inApp]]; }));
    const changes = diff(flat(before), flat(after));
    if (Object.keys(changes).length === 0) return { changed: false };
    writePreferences(tx, actor.id, after);
    appendEvent(tx, { kind: "notification_settings.updated", actorId: actor.id, data: { userId: actor.id, changes } });
    return { changed: true };
  },
});
