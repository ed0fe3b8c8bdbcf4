"use server";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import { retryDelivery } from "@/lib/commands/deliveries";

export const retryDeliveryAction = formAction((formData) =>
  runFormAction(retryDelivery, formData, { revalidate: ["/settings/deliveries"], message: "Queued: it goes out with the next run, within the sweep interval." }),
);
