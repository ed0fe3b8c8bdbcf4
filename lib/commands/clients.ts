import { appendEvent } from "../../db/audit";
import type { Conn } from "../../db/client";
import { clientNamedLike, insertClient, insertContact, loadClient, loadContact, updateClient, updateContact } from "../../db/writes/clients";
import { clientNameKey } from "../clients/name-key";
import { loadUser } from "../../db/writes/users";
import { diff } from "../audit/events";
import {
  archiveContactInput,
  newClientInput,
  newContactInput,
  updateClientInput,
  updateContactInput,
} from "../validation/client";
import { command, CommandError } from "./command";
import { requireVersion } from "./versions";

function checkOwner(tx: Conn, ownerId: number | null, field: string) {
  if (ownerId === null) return;
  const owner = loadUser(tx, ownerId);
  if (!owner || !owner.active) throw CommandError.field(field, "Choose an active user");
}

function loadExistingClient(tx: Conn, clientId: number) {
  const client = loadClient(tx, clientId);
  if (!client) throw CommandError.field("clientId", "That client does not exist");
  return client;
}

/** One client per name as lib/clients/name-key.ts reads it: "école müller" is "ÉCOLE MÜLLER". */
function checkNameFree(tx: Conn, name: string, clientId?: number) {
  if (!clientNameKey(name)) throw CommandError.field("name", "Name is required");
  const existing = clientNamedLike(tx, name, clientId);
  if (existing) {
    const message = `“${existing.name}” already exists: open it, or give this client a name that tells them apart.`;
    throw new CommandError(409, message, { name: [message] });
  }
}

export const createClient = command({
  does: "create clients",
  permission: "create:client:any",
  schema: newClientInput,
  run(tx, input, actor) {
    checkNameFree(tx, input.name);
    checkOwner(tx, input.accountOwnerId, "accountOwnerId");
    const now = Date.now();
    const id = insertClient(tx, { ...input, createdAt: now, updatedAt: now });
    appendEvent(tx, { kind: "client.created", actorId: actor.id, clientId: id, data: { ...input } });
    return { id };
  },
});

export const editClient = command({
  does: "edit clients",
  permission: "update:client:any",
  schema: updateClientInput,
  run(tx, { clientId, version, ...fields }, actor) {
    const client = loadExistingClient(tx, clientId);
    requireVersion("client", client.version, version);
    if (fields.name !== client.name) checkNameFree(tx, fields.name, clientId);
    checkOwner(tx, fields.accountOwnerId, "accountOwnerId");
    const changes = diff(client, fields);
    if (Object.keys(changes).length === 0) return { id: clientId, changed: false };
    // The name (and so its keys) is written only when it changed: a client left unkeyed because an
    // older one holds its key (db/writes/client-name-keys.ts) can still have its notes edited.
    const { name, ...rest } = fields;
    updateClient(tx, clientId, { ...rest, ...(name !== client.name ? { name } : {}), version: client.version + 1, updatedAt: Date.now() });
    appendEvent(tx, { kind: "client.updated", actorId: actor.id, clientId, data: { changes } });
    return { id: clientId, changed: true };
  },
});

export const addContact = command({
  does: "edit clients",
  permission: "update:client:any",
  schema: newContactInput,
  run(tx, input, actor) {
    loadExistingClient(tx, input.clientId);
    const id = insertContact(tx, { ...input, createdAt: Date.now() });
    appendEvent(tx, { kind: "contact.added", actorId: actor.id, clientId: input.clientId, data: { contactId: id, ...input } });
    return { id };
  },
});

function loadLiveContact(tx: Conn, contactId: number) {
  const contact = loadContact(tx, contactId);
  if (!contact || contact.archivedAt) throw CommandError.notFound("That contact");
  return contact;
}

export const editContact = command({
  does: "edit clients",
  permission: "update:client:any",
  schema: updateContactInput,
  run(tx, { contactId, version, ...fields }, actor) {
    const contact = loadLiveContact(tx, contactId);
    requireVersion("contact", contact.version, version);
    const changes = diff(contact, fields);
    if (Object.keys(changes).length === 0) return { changed: false };
    updateContact(tx, contactId, { ...fields, version: contact.version + 1 });
    appendEvent(tx, { kind: "contact.updated", actorId: actor.id, clientId: contact.clientId, data: { contactId, changes } });
    return { changed: true };
  },
});

/** Contacts are archived, not deleted: past communications still name them. */
export const archiveContact = command({
  does: "edit clients",
  permission: "update:client:any",
  schema: archiveContactInput,
  run(tx, { contactId }, actor) {
    const contact = loadLiveContact(tx, contactId);
    updateContact(tx, contactId, { archivedAt: Date.now() });
    appendEvent(tx, { kind: "contact.archived", actorId: actor.id, clientId: contact.clientId, data: { contactId, name: contact.name } });
    return { changed: true };
  },
});
