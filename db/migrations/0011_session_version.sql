ALTER TABLE `users` ADD `session_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Hand-written. A change of role, password or active flag ends every session of that user,
-- whichever code (a command, a script, a future password change) makes it: sessions carry the
-- version they were signed in under, and one that is not current is refused.
CREATE TRIGGER `users_changed_end_sessions` AFTER UPDATE OF `role`, `password_hash`, `active` ON `users`
WHEN NEW.`role` IS NOT OLD.`role` OR NEW.`password_hash` IS NOT OLD.`password_hash` OR NEW.`active` IS NOT OLD.`active`
BEGIN
  UPDATE `users` SET `session_version` = `session_version` + 1 WHERE `id` = NEW.`id`;
END;
