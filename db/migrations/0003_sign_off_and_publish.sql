CREATE TABLE `article_publications` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`signed_off_by` text,
	`signed_off_by_name` text NOT NULL,
	`signed_off_at` text NOT NULL,
	`chain_head` text NOT NULL,
	`reopened_by_name` text,
	`reopened_at` text,
	`reopen_reason` text,
	`public_slug` text,
	`public_url` text,
	`published` integer DEFAULT false NOT NULL,
	`first_published_at` text,
	`unpublished_at` text,
	`snapshot` text,
	`snapshot_at` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `article_publications_public_slug_unique` ON `article_publications` (`public_slug`);--> statement-breakpoint
CREATE TABLE `claim_public_fields` (
	`claim_id` integer PRIMARY KEY NOT NULL,
	`explanation` text DEFAULT '' NOT NULL,
	`set_aside_reason` text,
	`updated_by_name` text,
	`updated_at` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `public_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`claim_id` integer NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`note` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `public_corrections_article_idx` ON `public_corrections` (`article_id`);