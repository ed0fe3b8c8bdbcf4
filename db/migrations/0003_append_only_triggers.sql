-- Communications and events are append-only: the database itself refuses to change or remove them.
CREATE TRIGGER `events_no_update` BEFORE UPDATE ON `events` BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `events_no_delete` BEFORE DELETE ON `events` BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `communications_no_update` BEFORE UPDATE ON `communications` BEGIN SELECT RAISE(ABORT, 'communications are append-only; log a correction'); END;
--> statement-breakpoint
CREATE TRIGGER `communications_no_delete` BEFORE DELETE ON `communications` BEGIN SELECT RAISE(ABORT, 'communications are append-only; log a correction'); END;
