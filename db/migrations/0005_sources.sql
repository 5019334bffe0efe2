CREATE TABLE `article_sources` (
	`article_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`added_by` text,
	`added_by_name` text,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`article_id`, `source_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`added_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `article_sources_source_idx` ON `article_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `claim_keys` (
	`claim_id` integer PRIMARY KEY NOT NULL,
	`quote` text NOT NULL,
	`key` text NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_keys_key_idx` ON `claim_keys` (`key`);--> statement-breakpoint
CREATE TABLE `claim_matches` (
	`claim_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`quote` text NOT NULL,
	`verdict` text NOT NULL,
	`score` real NOT NULL,
	`start` integer,
	`end` integer,
	`detail` text NOT NULL,
	`computed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`claim_id`, `source_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_matches_source_idx` ON `claim_matches` (`source_id`);--> statement-breakpoint
CREATE TABLE `evidence_passages` (
	`evidence_id` integer PRIMARY KEY NOT NULL,
	`source_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`manual` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`url` text,
	`date` text,
	`language` text NOT NULL,
	`body` text NOT NULL,
	`content_hash` text NOT NULL,
	`created_by` text,
	`created_by_name` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_content_hash_unique` ON `sources` (`content_hash`);