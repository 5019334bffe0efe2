// All tables. Vocabularies come from lib/vocab.ts so zod and the UI share them without pulling
// Drizzle into the browser.
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import {
  ANCHOR_STATES,
  CLAIM_KINDS,
  CLAIM_ORIGINS,
  EVENT_ACTIONS,
  REVIEW_STATUSES,
  ROLES,
  SIGNOFF_STATES,
  SPEAKER_TYPES,
  MATCH_VERDICTS,
  SOURCE_KINDS,
} from '../lib/vocab';
import { user } from './auth-schema';

export * from './auth-schema';
export { REVIEW_STATUSES, CLAIM_KINDS, CLAIM_ORIGINS, EVENT_ACTIONS, ANCHOR_STATES, ROLES, SPEAKER_TYPES, SIGNOFF_STATES };

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    outlet: text('outlet'),
    url: text('url'),
    language: text('language').notNull(),
    publishedAt: text('published_at'),
    body: text('body').notNull(),
    /** sha256 of the normalised body: the same text imported twice is one article. */
    contentHash: text('content_hash').notNull().unique(),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: text('created_by').references(() => user.id),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('articles_url_idx').on(t.url)],
);

/** Every text an article has had, oldest first; articles.body is the newest. */
export const articleVersions = sqliteTable(
  'article_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    contentHash: text('content_hash').notNull(),
    createdBy: text('created_by').references(() => user.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('article_versions_article_version_idx').on(t.articleId, t.version)],
);

export const speakers = sqliteTable('speakers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** Lower-cased, whitespace-folded name: one speaker per name across articles. */
  nameKey: text('name_key').notNull().unique(),
  role: text('role'),
  type: text('type', { enum: SPEAKER_TYPES }),
  /** JSON array of other forms the articles use ("Mr Putin", "Presiden Rusia"). */
  aliases: text('aliases').notNull().default('[]'),
  /** Set when merged into another speaker; claims are re-pointed and this row is kept for history. */
  mergedInto: integer('merged_into'),
  createdAt: text('created_at').notNull().default(now),
});

export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    kind: text('kind', { enum: CLAIM_KINDS }).notNull(),
    quote: text('quote').notNull(),
    /** UTF-16 offsets into articles.body, end exclusive. */
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** W3C TextQuoteSelector context, so the claim can be re-anchored in a new version. */
    prefix: text('prefix').notNull().default(''),
    suffix: text('suffix').notNull().default(''),
    speakerId: integer('speaker_id').references(() => speakers.id),
    speakerMention: text('speaker_mention'),
    cue: text('cue'),
    sentence: text('sentence').notNull().default(''),
    confidence: real('confidence').notNull().default(1),
    origin: text('origin', { enum: CLAIM_ORIGINS }).notNull().default('extracted'),
    /** "Not a claim": hidden from lists and reports, kept for history, restorable. */
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
    anchor: text('anchor', { enum: ANCHOR_STATES }),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    index('claims_article_start_idx').on(t.articleId, t.start),
    index('claims_speaker_idx').on(t.speakerId),
  ],
);

/** One row per claim: its current review state. `version` drives optimistic concurrency. */
export const reviews = sqliteTable(
  'reviews',
  {
    claimId: integer('claim_id')
      .primaryKey()
      .references(() => claims.id),
    status: text('status', { enum: REVIEW_STATUSES }).notNull().default('unreviewed'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by').references(() => user.id),
    updatedByName: text('updated_by_name'),
    updatedAt: text('updated_at'),
  },
  (t) => [index('reviews_status_idx').on(t.status)],
);

export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    url: text('url').notNull(),
    title: text('title').notNull(),
    addedBy: text('added_by').references(() => user.id),
    addedByName: text('added_by_name'),
    addedAt: text('added_at').notNull().default(now),
  },
  (t) => [index('evidence_claim_idx').on(t.claimId)],
);

/**
 * Append-only audit log. SQLite triggers (migration 0001) refuse UPDATE and DELETE; each event
 * carries the hash of the previous one, so an edit made around the triggers is detectable.
 */
export const reviewEvents = sqliteTable(
  'review_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action', { enum: EVENT_ACTIONS }).notNull(),
    fromStatus: text('from_status', { enum: REVIEW_STATUSES }),
    toStatus: text('to_status', { enum: REVIEW_STATUSES }),
    note: text('note'),
    /** JSON with action-specific detail (evidence url/title, old/new speaker, merged ids, reason). */
    detail: text('detail'),
    at: text('at').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('review_events_claim_idx').on(t.claimId), index('review_events_article_idx').on(t.articleId)],
);

/** API tokens for newsroom integrations. Only a sha256 of the token is stored. */
export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdBy: text('created_by'),
  createdAt: text('created_at').notNull().default(now),
  revokedAt: text('revoked_at'),
  lastUsedAt: text('last_used_at'),
});

/**
 * One row that /api/health rewrites to find out whether the database can take a write right now
 * (a full disk still answers reads). Nothing else reads it.
 */
export const storageProbe = sqliteTable('storage_probe', {
  id: integer('id').primaryKey(),
  checkedAt: text('checked_at').notNull(),
});

/**
 * Sign-off and publication of an article's review (one row once it was first signed off). While
 * `state` is 'signed_off' the review is frozen (lib/publish-guard.ts refuses changes). `snapshot`
 * is the JSON of the public page (lib/publish/types.ts PublicReview), taken at publication and
 * at each sign-off while published, so a reopened review never leaks half-made changes.
 */
export const articlePublications = sqliteTable('article_publications', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id),
  state: text('state', { enum: SIGNOFF_STATES }).notNull(),
  signedOffBy: text('signed_off_by'),
  signedOffByName: text('signed_off_by_name').notNull(),
  signedOffAt: text('signed_off_at').notNull(),
  /** Hash of the article's newest history event when it was signed off. */
  chainHead: text('chain_head').notNull(),
  reopenedByName: text('reopened_by_name'),
  reopenedAt: text('reopened_at'),
  reopenReason: text('reopen_reason'),
  /** Set once published; kept after unpublishing so a re-publication keeps its address. */
  publicSlug: text('public_slug').unique(),
  /** The page's full URL (PUBLIC_URL + /p/<slug>) at publication: exports point at it. */
  publicUrl: text('public_url'),
  published: integer('published', { mode: 'boolean' }).notNull().default(false),
  firstPublishedAt: text('first_published_at'),
  unpublishedAt: text('unpublished_at'),
  snapshot: text('snapshot'),
  snapshotAt: text('snapshot_at'),
});

/** What readers see of a claim (separate from the internal note), or why it is left out. */
export const claimPublicFields = sqliteTable('claim_public_fields', {
  claimId: integer('claim_id')
    .primaryKey()
    .references(() => claims.id),
  explanation: text('explanation').notNull().default(''),
  /** A claim set aside with a reason needs no verdict for sign-off and is not published. */
  setAsideReason: text('set_aside_reason'),
  updatedByName: text('updated_by_name'),
  updatedAt: text('updated_at'),
});

/** Verdicts changed after publication, printed on the public page as corrections. */
export const publicCorrections = sqliteTable(
  'public_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    fromStatus: text('from_status', { enum: REVIEW_STATUSES }).notNull(),
    toStatus: text('to_status', { enum: REVIEW_STATUSES }).notNull(),
    note: text('note').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('public_corrections_article_idx').on(t.articleId)],
);

/** Primary documents (transcripts, statements…) in one library the whole desk shares. */
export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
  url: text('url'),
  /** YYYY-MM-DD */
  date: text('date'),
  language: text('language').notNull(),
  body: text('body').notNull(),
  /** sha256 of the normalised text: the same document added twice is one source. */
  contentHash: text('content_hash').notNull().unique(),
  createdBy: text('created_by').references(() => user.id),
  createdByName: text('created_by_name'),
  createdAt: text('created_at').notNull().default(now),
});

/** Which sources an article is checked against. */
export const articleSources = sqliteTable(
  'article_sources',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    addedBy: text('added_by').references(() => user.id),
    addedByName: text('added_by_name'),
    addedAt: text('added_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.sourceId] }), index('article_sources_source_idx').on(t.sourceId)],
);

/** The best passage of one source for one claim, as the matcher computed it for `quote`
 * (a different current quote means the row is stale and is computed again). */
export const claimMatches = sqliteTable(
  'claim_matches',
  {
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    quote: text('quote').notNull(),
    verdict: text('verdict', { enum: MATCH_VERDICTS }).notNull(),
    score: real('score').notNull(),
    /** UTF-16 offsets of the (first) passage in sources.body; null when not found. */
    start: integer('start'),
    end: integer('end'),
    /** JSON: passages, diff, quoteOnly, sourceOnly, differingWords, context, stitched. */
    detail: text('detail').notNull(),
    computedAt: text('computed_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.sourceId] }), index('claim_matches_source_idx').on(t.sourceId)],
);

/** Evidence that is a passage of a stored source ("Use as evidence", or a manual
 * cross-language link): the passage is anchored by offsets and text in the source. */
export const evidencePassages = sqliteTable('evidence_passages', {
  // Removing the evidence link removes its passage with it.
  evidenceId: integer('evidence_id')
    .primaryKey()
    .references(() => evidence.id, { onDelete: 'cascade' }),
  sourceId: integer('source_id')
    .notNull()
    .references(() => sources.id),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  text: text('text').notNull(),
  /** Chosen by the reviewer (e.g. the passage a translation came from), not by the matcher. */
  manual: integer('manual', { mode: 'boolean' }).notNull().default(false),
});

/** Normalised words of each claim's quote, to find the same quote in other articles. */
export const claimKeys = sqliteTable(
  'claim_keys',
  {
    claimId: integer('claim_id')
      .primaryKey()
      .references(() => claims.id),
    quote: text('quote').notNull(),
    key: text('key').notNull(),
  },
  (t) => [index('claim_keys_key_idx').on(t.key)],
);

export type Source = typeof sources.$inferSelect;

export type Article = typeof articles.$inferSelect;
export type Claim = typeof claims.$inferSelect;
export type Review = typeof reviews.$inferSelect;
export type Speaker = typeof speakers.$inferSelect;
export type ReviewEvent = typeof reviewEvents.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type ArticlePublication = typeof articlePublications.$inferSelect;
