ALTER TABLE `setbacks` ADD `occurred_at_known` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- Hand-written (docs/decisions/013). A report that came through a client link before this column
-- stored the moment it was sent as when it happened: mark it not known, unless someone has since
-- changed it. Severity is left as stored: the events recorded "medium" (audit:verify replays them),
-- and triage sets it.
UPDATE `setbacks` SET `occurred_at_known` = 0 WHERE `reported_via_link_id` IS NOT NULL AND `reported_by_id` IS NULL AND `occurred_at` = `created_at`;
