"use server";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import { headers } from "next/headers";
import { addContact, archiveContact, createClient, editClient, editContact } from "@/lib/commands/clients";
import { createFeedbackLink, revokeLink } from "@/lib/commands/feedback";
import type { NewLinkState } from "./_components/new-link-state";

export const createClientAction = formAction((formData) =>
  runFormAction(createClient, formData, { revalidate: ["/clients"], redirectTo: (c) => `/clients/${c.id}` }),
);

export const editClientAction = formAction((formData) =>
  runFormAction(editClient, formData, {
    revalidate: ["/clients"],
    reloadOnConflict: true,
    message: (r) => (r.changed ? "Client saved." : "Nothing changed."),
  }),
);

export const addContactAction = formAction((formData) =>
  runFormAction(addContact, formData, { revalidate: ["/clients"], message: "Contact added." }),
);

export const editContactAction = formAction((formData) =>
  runFormAction(editContact, formData, { revalidate: ["/clients"], reloadOnConflict: true, message: "Contact saved." }),
);

export const archiveContactAction = formAction((formData) =>
  runFormAction(archiveContact, formData, { revalidate: ["/clients"], message: "Contact removed." }),
);

/** The link's address as the person creating it reaches this server. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export const createFeedbackLinkAction = formAction(async (formData): Promise<NewLinkState> => {
  const base = await origin();
  let link: string | undefined;
  const state = await runFormAction(createFeedbackLink, formData, {
    revalidate: ["/clients"],
    message: (r) => {
      link = `${base}/feedback/${r.token}`;
      return "Link created."; // shown with the link and its Copy button (copy-link.tsx)
    },
  });
  // The link, once, with its Copy button; only its hash is kept, so never again.
  return state.ok && link ? { ...state, link } : state;
});

export const revokeFeedbackLinkAction = formAction((formData) =>
  runFormAction(revokeLink, formData, { revalidate: ["/clients"], message: "Link revoked." }),
);
