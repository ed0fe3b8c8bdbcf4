ALTER TABLE `compensations` ADD `decision_reason` text;--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `channel` text;--> statement-breakpoint
ALTER TABLE `lessons` ADD `narrative` text DEFAULT '' NOT NULL;