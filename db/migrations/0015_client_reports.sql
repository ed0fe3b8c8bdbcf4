ALTER TABLE `communications` ADD `shown_to_client` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `setbacks` ADD `client_title` text;--> statement-breakpoint
ALTER TABLE `setbacks` ADD `reported_via_link_id` integer REFERENCES feedback_links(id);--> statement-breakpoint
-- Hand-written. The category a client's own report starts in until a member triages it; retired
-- (inactive) so no form offers it, kept by a setback that holds it (lib/commands/triage.ts).
INSERT OR IGNORE INTO `categories` (`key`, `label`, `description`, `active`, `position`) VALUES ('needs_triage', 'Needs triage', 'A client''s own report, not yet triaged', 0, 1000);--> statement-breakpoint
-- Reports that came through a client link before this column: the link of that client with the
-- label their event named, the latest made before the report, so they appear on the client's page.
UPDATE `setbacks` SET `reported_via_link_id` = (
  SELECT l.`id` FROM `events` e JOIN `feedback_links` l ON l.`client_id` = `setbacks`.`client_id` AND l.`label` = (e.`data` ->> '$.viaFeedbackLink') AND l.`created_at` <= `setbacks`.`created_at`
  WHERE e.`setback_id` = `setbacks`.`id` AND e.`kind` = 'setback.reported' AND e.`actor_id` IS NULL
  ORDER BY l.`created_at` DESC, l.`id` DESC LIMIT 1
) WHERE `source` = 'client' AND `reported_by_id` IS NULL;
