"use server";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import { markNoticesReadCommand } from "@/lib/commands/notices";
import { setNotificationPreferences } from "@/lib/commands/notification-preferences";

export const saveNotificationSettingsAction = formAction((formData) =>
  runFormAction(setNotificationPreferences, formData, { revalidate: ["/settings/notifications"], message: (r) => (r.changed ? "Saved: you are told as you chose." : "Nothing changed.") }),
);

export const markAllNoticesReadAction = formAction((formData) =>
  runFormAction(markNoticesReadCommand, formData, { revalidate: ["/inbox"], message: (r) => (r.marked ? `Marked ${r.marked} notice${r.marked === 1 ? "" : "s"} read.` : "Nothing was unread.") }),
);
