ALTER TABLE `setbacks` ADD `external_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `setbacks_external_id_unique` ON `setbacks` (`external_id`);