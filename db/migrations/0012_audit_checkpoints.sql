CREATE TABLE `audit_checkpoints` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`hash` text NOT NULL,
	`signed_at` integer NOT NULL,
	`key_id` text NOT NULL,
	`signature` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_communications_record_idx` ON `events` (("data" ->> '$.communicationId')) WHERE "events"."kind" = 'communication.logged';--> statement-breakpoint
CREATE INDEX `events_remedy_tasks_record_idx` ON `events` (("data" ->> '$.taskId')) WHERE "events"."kind" = 'remedy.added';--> statement-breakpoint
CREATE INDEX `events_compensations_record_idx` ON `events` (("data" ->> '$.compensationId')) WHERE "events"."kind" = 'compensation.recorded';--> statement-breakpoint
CREATE INDEX `events_follow_ups_record_idx` ON `events` (("data" ->> '$.followUpId')) WHERE "events"."kind" = 'follow_up.added';--> statement-breakpoint
CREATE INDEX `events_lessons_record_idx` ON `events` (("data" ->> '$.lessonId')) WHERE "events"."kind" = 'lesson.recorded';--> statement-breakpoint
CREATE INDEX `events_preventive_actions_record_idx` ON `events` (("data" ->> '$.actionId')) WHERE "events"."kind" = 'preventive_action.added';
--> statement-breakpoint
-- Hand-written: checkpoints, like events, are only ever appended.
CREATE TRIGGER `audit_checkpoints_no_update` BEFORE UPDATE ON `audit_checkpoints` BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_checkpoints_no_delete` BEFORE DELETE ON `audit_checkpoints` BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
