"use server";
import { runFormAction } from "@/app/_server/form-action";
import type { FormState } from "@/app/_components/form-state";
import { headers } from "next/headers";
import { addContact, archiveContact, createClient, editClient, editContact } from "@/lib/commands/clients";
import { createFeedbackLink, revokeLink } from "@/lib/commands/feedback";

export async function createClientAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(createClient, formData, { revalidate: ["/clients"], redirectTo: (c) => `/clients/${c.id}` });
}

export async function editClientAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(editClient, formData, {
    revalidate: ["/clients"],
    reloadOnConflict: true,
    message: (r) => (r.changed ? "Client saved." : "Nothing changed."),
  });
}

export async function addContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(addContact, formData, { revalidate: ["/clients"], message: "Contact added." });
}

export async function editContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(editContact, formData, { revalidate: ["/clients"], reloadOnConflict: true, message: "Contact saved." });
}

export async function archiveContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(archiveContact, formData, { revalidate: ["/clients"], message: "Contact removed." });
}

/** The link's address as the person creating it reaches this server. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export async function createFeedbackLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const base = await origin();
  return runFormAction(createFeedbackLink, formData, {
    revalidate: ["/clients"],
    message: (r) => `Link created. Copy it now — it is shown only once: ${base}/feedback/${r.token}`,
  });
}

export async function revokeFeedbackLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(revokeLink, formData, { revalidate: ["/clients"], message: "Link revoked." });
}
