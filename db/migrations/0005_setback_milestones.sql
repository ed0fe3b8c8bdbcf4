ALTER TABLE `setbacks` ADD `notified_at` integer;--> statement-breakpoint
ALTER TABLE `setbacks` ADD `remedied_at` integer;--> statement-breakpoint
ALTER TABLE `setbacks` ADD `followed_up_at` integer;