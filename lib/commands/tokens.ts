// Personal API tokens: shown once, kept as a hash, acting with their user's role.
import { z } from "zod";
import { appendEvent } from "../../db/audit";
import { insertApiToken, loadApiToken, revokeApiToken } from "../../db/writes/tokens";
import { hashToken, newToken } from "../auth/tokens";
import { id, requiredText } from "../validation/fields";
import { command, CommandError } from "./command";

export const API_TOKEN_PREFIX = "amends_";

export const newApiTokenInput = z.object({ name: requiredText("Name", 100) });

export const createApiToken = command({
  does: "create API tokens",
  permission: "manage:api-token:own",
  schema: newApiTokenInput,
  run(tx, { name }, actor) {
    if (actor.id === null) throw CommandError.conflict("A token belongs to a user; name one with --email.");
    const token = `${API_TOKEN_PREFIX}${newToken()}`;
    const tokenId = insertApiToken(tx, { userId: actor.id, name, tokenHash: hashToken(token), prefix: token.slice(0, 12), createdAt: Date.now() });
    appendEvent(tx, { kind: "api_token.created", actorId: actor.id, data: { tokenId, name } });
    return { tokenId, token };
  },
});

export const revokeOwnApiToken = command({
  does: "revoke API tokens",
  permission: "manage:api-token:own",
  schema: z.object({ tokenId: id("a token") }),
  run(tx, { tokenId }, actor) {
    const token = loadApiToken(tx, tokenId);
    // Own tokens only; an admin may revoke anyone's.
    if (!token || (token.userId !== actor.id && actor.role !== "admin")) throw CommandError.notFound("That token");
    if (token.revokedAt !== null) return { changed: false };
    revokeApiToken(tx, tokenId, Date.now());
    appendEvent(tx, { kind: "api_token.revoked", actorId: actor.id, data: { tokenId, name: token.name } });
    return { changed: true };
  },
});
