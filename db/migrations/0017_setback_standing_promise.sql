ALTER TABLE `setbacks` ADD `last_outbound_id` integer;--> statement-breakpoint
ALTER TABLE `setbacks` ADD `promise_due_at` integer;--> statement-breakpoint
ALTER TABLE `setbacks` ADD `promise_author_id` integer;--> statement-breakpoint
CREATE INDEX `setbacks_promise_author_idx` ON `setbacks` (`promise_author_id`,`promise_due_at`);--> statement-breakpoint
CREATE INDEX `compensations_status_idx` ON `compensations` (`status`);--> statement-breakpoint
-- The standing promise of each setback follows its communications exactly: the latest outbound
-- one that no correction replaced (the same definition as db/queries/inbox.ts's test holds it to),
-- and its "promised by" and author. Communications are append-only, so only inserts matter.
UPDATE `setbacks` SET last_outbound_id = (select c.id from communications c where c.setback_id = setbacks.id and c.direction = 'outbound' and not exists (select 1 from communications k where k.corrects_id = c.id) order by c.occurred_at desc, c.id desc limit 1);
--> statement-breakpoint
UPDATE `setbacks` SET promise_due_at = (select c.promise_due_at from communications c where c.id = setbacks.last_outbound_id), promise_author_id = (select c.author_id from communications c where c.id = setbacks.last_outbound_id) WHERE last_outbound_id IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `communications_standing_promise` AFTER INSERT ON `communications` WHEN new.direction = 'outbound' BEGIN UPDATE `setbacks` SET last_outbound_id = (select c.id from communications c where c.setback_id = new.setback_id and c.direction = 'outbound' and not exists (select 1 from communications k where k.corrects_id = c.id) order by c.occurred_at desc, c.id desc limit 1) WHERE id = new.setback_id; UPDATE `setbacks` SET promise_due_at = (select c.promise_due_at from communications c where c.id = setbacks.last_outbound_id), promise_author_id = (select c.author_id from communications c where c.id = setbacks.last_outbound_id) WHERE id = new.setback_id; END;
