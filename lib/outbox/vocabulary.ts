// The words of the outbox (docs/decisions/014-outbox-and-scheduler.md): how a delivery goes out
// and where it stands.
export const DELIVERY_CHANNELS = ["mail", "webhook"] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** pending: waiting for its next attempt; sent: the receiving server took it; failed: gave up. */
export const DELIVERY_STATUSES = ["pending", "sent", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
