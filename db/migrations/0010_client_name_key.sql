ALTER TABLE `clients` ADD `name_key` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `search_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `clients_name_key_unique` ON `clients` (`name_key`);--> statement-breakpoint
-- Hand-written. The keys are computed in TypeScript (SQLite's lower() folds ASCII only), so the
-- existing rows are keyed when the app opens the database (db/writes/client-name-keys.ts); a
-- new client must arrive with both keys, or two spellings of one name could slip past the index.
CREATE TRIGGER `clients_keys_required` BEFORE INSERT ON `clients`
WHEN NEW.`name_key` IS NULL OR NEW.`search_key` IS NULL
BEGIN
  SELECT RAISE(ABORT, 'a client needs its name_key and search_key (lib/clients/name-key.ts)');
END;
