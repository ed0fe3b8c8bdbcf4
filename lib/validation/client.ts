import { z } from "zod";
import { editedVersion, id, optionalEmail, optionalId, optionalText, requiredText } from "./fields";

const clientFields = z.object({
  name: requiredText("Name", 200),
  accountOwnerId: optionalId("an account owner"),
  notes: optionalText("Notes", 10_000),
});

export const newClientInput = clientFields;
export const updateClientInput = clientFields.extend({ clientId: id("a client"), version: editedVersion });

const contactFields = z.object({
  name: requiredText("Name", 200),
  email: optionalEmail("Email"),
  phone: optionalText("Phone", 50),
  role: optionalText("Role", 100),
});

export const newContactInput = contactFields.extend({ clientId: id("a client") });
export const updateContactInput = contactFields.extend({ contactId: id("a contact"), version: editedVersion });
export const archiveContactInput = z.object({ contactId: id("a contact") });

export type NewClientInput = z.output<typeof newClientInput>;
