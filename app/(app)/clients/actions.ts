"use server";
import { runFormAction } from "@/app/_server/form-action";
import type { FormState } from "@/app/_components/form-state";
import { addContact, archiveContact, createClient, editClient, editContact } from "@/lib/commands/clients";

export async function createClientAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(createClient, formData, { revalidate: ["/clients"], redirectTo: (c) => `/clients/${c.id}` });
}

export async function editClientAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(editClient, formData, {
    revalidate: ["/clients"],
    message: (r) => (r.changed ? "Client saved." : "Nothing changed."),
  });
}

export async function addContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(addContact, formData, { revalidate: ["/clients"], message: "Contact added." });
}

export async function editContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(editContact, formData, { revalidate: ["/clients"], message: "Contact saved." });
}

export async function archiveContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(archiveContact, formData, { revalidate: ["/clients"], message: "Contact removed." });
}
