// An admin sends a delivery again (the Deliveries page): a failed one, or a pending one now rather
// than at its next attempt. A sent one is not sent twice. The retry is an event.
import { z } from "zod";
import { appendEvent } from "../../db/audit";
import { loadDelivery, requeueDelivery } from "../../db/writes/deliveries";
import { CommandError, command } from "./command";

export const retryDelivery = command({
  does: "retry deliveries",
  permission: "manage:settings:any",
  schema: z.object({ id: z.coerce.number({ error: "Choose a delivery" }).int().positive("Choose a delivery") }),
  run(tx, input, actor) {
    const d = loadDelivery(tx, input.id);
    if (!d) throw CommandError.notFound("That delivery");
    if (d.status === "sent") throw CommandError.conflict("It was already sent; it is not sent twice.");
    requeueDelivery(tx, d.id, Date.now());
    appendEvent(tx, { kind: "delivery.retried", actorId: actor.id, data: { deliveryId: d.id, kind: d.kind, target: d.target, status: d.status, attempts: d.attempts, lastError: d.lastError } });
    return { id: d.id };
  },
});
