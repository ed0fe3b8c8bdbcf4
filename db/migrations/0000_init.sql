CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `categories` (
	`key` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`account_owner_id` integer,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `clients_name_idx` ON `clients` ("name" collate nocase);--> statement-breakpoint
CREATE TABLE `communications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`setback_id` integer NOT NULL,
	`contact_id` integer,
	`direction` text NOT NULL,
	`channel` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`author_id` integer,
	`summary` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`promise` text DEFAULT '' NOT NULL,
	`promise_due_at` integer,
	`apologised` integer DEFAULT false NOT NULL,
	`explained_cause` integer DEFAULT false NOT NULL,
	`offered_remedy` integer DEFAULT false NOT NULL,
	`gave_timeline` integer DEFAULT false NOT NULL,
	`asked_how_to_help` integer DEFAULT false NOT NULL,
	`reaction` text DEFAULT 'unknown' NOT NULL,
	`corrects_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`setback_id`) REFERENCES `setbacks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrects_id`) REFERENCES `communications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `communications_setback_idx` ON `communications` (`setback_id`,`direction`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `communications_occurred_idx` ON `communications` (`occurred_at`);--> statement-breakpoint
CREATE TABLE `compensations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`setback_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_cents` integer DEFAULT 0 NOT NULL,
	`currency` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`proposed_by_id` integer,
	`approved_by_id` integer,
	`approved_at` integer,
	`issued_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`setback_id`) REFERENCES `setbacks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `compensations_setback_idx` ON `compensations` (`setback_id`,`status`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`name` text NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_client_idx` ON `contacts` (`client_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`occurred_at` integer NOT NULL,
	`actor_id` integer,
	`kind` text NOT NULL,
	`setback_id` integer,
	`client_id` integer,
	`data` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`setback_id`) REFERENCES `setbacks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_setback_idx` ON `events` (`setback_id`,`id`);--> statement-breakpoint
CREATE INDEX `events_client_idx` ON `events` (`client_id`,`id`);--> statement-breakpoint
CREATE INDEX `events_kind_idx` ON `events` (`kind`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `events_occurred_idx` ON `events` (`occurred_at`);--> statement-breakpoint
CREATE TABLE `feedback_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`label` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_links_hash_unique` ON `feedback_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `feedback_links_client_idx` ON `feedback_links` (`client_id`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`setback_id` integer NOT NULL,
	`owner_id` integer,
	`due_at` integer NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`done_at` integer,
	`satisfaction` integer,
	`retained` integer,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`setback_id`) REFERENCES `setbacks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "follow_ups_satisfaction_ck" CHECK("follow_ups"."satisfaction" is null or "follow_ups"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
CREATE INDEX `follow_ups_setback_idx` ON `follow_ups` (`setback_id`,`status`);--> statement-breakpoint
CREATE INDEX `follow_ups_owner_idx` ON `follow_ups` (`owner_id`,`status`,`due_at`);--> statement-breakpoint
CREATE TABLE `lessons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`setback_id` integer NOT NULL,
	`root_cause_category` text,
	`root_cause` text DEFAULT '' NOT NULL,
	`went_well` text DEFAULT '' NOT NULL,
	`went_wrong` text DEFAULT '' NOT NULL,
	`no_action_reason` text,
	`author_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`setback_id`) REFERENCES `setbacks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`root_cause_category`) REFERENCES `root_cause_categories`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lessons_setback_unique` ON `lessons` (`setback_id`);--> statement-breakpoint
CREATE TABLE `preventive_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lesson_id` integer NOT NULL,
	`description` text NOT NULL,
	`owner_id` integer,
	`due_at` integer,
	`done_at` integer,
	`checked_at` integer,
	`worked` integer,
	`check_notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`lesson_id`) REFERENCES `lessons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `preventive_actions_lesson_idx` ON `preventive_actions` (`lesson_id`);--> statement-breakpoint
CREATE INDEX `preventive_actions_owner_idx` ON `preventive_actions` (`owner_id`,`done_at`,`due_at`);--> statement-breakpoint
CREATE TABLE `remedy_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`setback_id` integer NOT NULL,
	`description` text NOT NULL,
	`owner_id` integer,
	`due_at` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`done_at` integer,
	`cancel_reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`setback_id`) REFERENCES `setbacks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `remedy_tasks_setback_idx` ON `remedy_tasks` (`setback_id`,`status`);--> statement-breakpoint
CREATE INDEX `remedy_tasks_owner_idx` ON `remedy_tasks` (`owner_id`,`status`,`due_at`);--> statement-breakpoint
CREATE TABLE `root_cause_categories` (
	`key` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `service_level_targets` (
	`severity` text PRIMARY KEY NOT NULL,
	`notify_hours` integer NOT NULL,
	`remedy_hours` integer NOT NULL,
	`follow_up_hours` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `setbacks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` integer NOT NULL,
	`client_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`category` text NOT NULL,
	`severity` text NOT NULL,
	`fault` text NOT NULL,
	`source` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`discovered_at` integer NOT NULL,
	`impact` text DEFAULT '' NOT NULL,
	`owner_id` integer,
	`estimated_cost_cents` integer,
	`client_request` text DEFAULT '' NOT NULL,
	`client_request_at` integer,
	`shared_with_client` integer DEFAULT false NOT NULL,
	`stage` text NOT NULL,
	`stage_changed_at` integer NOT NULL,
	`closed_as_minor` integer DEFAULT false NOT NULL,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`no_compensation_reason` text,
	`reported_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category`) REFERENCES `categories`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reported_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "setbacks_dates_ck" CHECK("setbacks"."discovered_at" >= "setbacks"."occurred_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `setbacks_number_unique` ON `setbacks` (`number`);--> statement-breakpoint
CREATE INDEX `setbacks_stage_idx` ON `setbacks` (`stage`,`discovered_at`);--> statement-breakpoint
CREATE INDEX `setbacks_owner_idx` ON `setbacks` (`owner_id`,`stage`);--> statement-breakpoint
CREATE INDEX `setbacks_client_category_idx` ON `setbacks` (`client_id`,`category`,`discovered_at`);--> statement-breakpoint
CREATE INDEX `setbacks_discovered_idx` ON `setbacks` (`discovered_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`deactivated_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);