import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DB, Executor } from '../client';
import { claims, evidence, reviews, speakers } from '../schema';
import { perConnection } from './prepared';
import type { ClaimOutline, ClaimView, EvidenceView } from '@/lib/claim-types';
import { isUnsureSpeaker } from '@/lib/speaker-check';

/** Added by hand, or its speaker changed by hand (a correction or a speaker merge): a person
 * chose this speaker, so the extractor's confidence no longer says anything about it. */
const speakerByHand = sql<boolean>`(${claims.origin} = 'manual' or exists (select 1 from review_events e where e.claim_id = ${claims.id} and e.action = 'speaker_changed'))`.mapWith(Boolean);

const claimColumns = {
  id: claims.id,
  articleId: claims.articleId,
  kind: claims.kind,
  quote: claims.quote,
  start: claims.start,
  end: claims.end,
  sentence: claims.sentence,
  cue: claims.cue,
  speakerMention: claims.speakerMention,
  origin: claims.origin,
  hidden: claims.hidden,
  anchor: claims.anchor,
  confidence: claims.confidence,
  speakerByHand,
  speakerId: speakers.id,
  speakerName: speakers.name,
  speakerRole: speakers.role,
  speakerType: speakers.type,
  status: reviews.status,
  note: reviews.note,
  version: reviews.version,
  updatedByName: reviews.updatedByName,
  updatedAt: reviews.updatedAt,
};

type ClaimRow = ReturnType<ReturnType<typeof selectClaims>['all']>[number];

function toView(row: ClaimRow, ev: EvidenceView[]): ClaimView {
  const { speakerId, speakerName, speakerRole, speakerType, ...rest } = row;
  return {
    ...rest,
    unsureSpeaker: isUnsureSpeaker(rest),
    speaker: speakerId != null && speakerName != null ? { id: speakerId, name: speakerName, role: speakerRole, type: speakerType } : null,
    evidence: ev,
  };
}

function evidenceByClaim(db: Executor, claimIds: number[]): Map<number, EvidenceView[]> {
  const map = new Map<number, EvidenceView[]>();
  // SQLite caps bound parameters; chunk large articles.
  for (let i = 0; i < claimIds.length; i += 500) {
    const rows = db
      .select()
      .from(evidence)
      .where(inArray(evidence.claimId, claimIds.slice(i, i + 500)))
      .orderBy(asc(evidence.id))
      .all();
    for (const e of rows) {
      const list = map.get(e.claimId) ?? [];
      list.push({ id: e.id, url: e.url, title: e.title, addedByName: e.addedByName, addedAt: e.addedAt });
      map.set(e.claimId, list);
    }
  }
  return map;
}

function selectClaims(db: Executor) {
  return db
    .select(claimColumns)
    .from(claims)
    .innerJoin(reviews, eq(reviews.claimId, claims.id))
    .leftJoin(speakers, eq(speakers.id, claims.speakerId));
}

/** An article's claims in reading order, with speaker, review state and evidence (the first `limit` only, if given). */
export function listArticleClaims(
  db: Executor,
  { articleId, includeHidden = false, limit }: { articleId: number; includeHidden?: boolean; limit?: number },
): ClaimView[] {
  const query = selectClaims(db)
    .where(includeHidden ? eq(claims.articleId, articleId) : and(eq(claims.articleId, articleId), eq(claims.hidden, false)))
    .orderBy(asc(claims.start), asc(claims.id));
  const rows = limit === undefined ? query.all() : query.limit(limit).all();
  const ev = evidenceByClaim(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toView(r, ev.get(r.id) ?? []));
}

/** Some claims of one article (visible ones), in reading order, with their evidence. */
export function listArticleClaimsByIds(db: Executor, { articleId, ids }: { articleId: number; ids: number[] }): ClaimView[] {
  const out: ClaimView[] = [];
  // SQLite caps bound parameters; chunk long id lists.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = selectClaims(db)
      .where(and(eq(claims.articleId, articleId), eq(claims.hidden, false), inArray(claims.id, ids.slice(i, i + 500))))
      .orderBy(asc(claims.start), asc(claims.id))
      .all();
    const ev = evidenceByClaim(
      db,
      rows.map((r) => r.id),
    );
    for (const r of rows) out.push(toView(r, ev.get(r.id) ?? []));
  }
  return out;
}

/** Every visible claim of an article in reading order, reduced to what the page needs before the cards (ClaimOutline). */
export function listArticleClaimOutline(db: Executor, { articleId }: { articleId: number }): ClaimOutline[] {
  return db
    .select({
      id: claims.id,
      start: claims.start,
      end: claims.end,
      status: reviews.status,
      kind: claims.kind,
      version: reviews.version,
      confidence: claims.confidence,
      speakerByHand,
      speakerName: speakers.name,
    })
    .from(claims)
    .innerJoin(reviews, eq(reviews.claimId, claims.id))
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .where(and(eq(claims.articleId, articleId), eq(claims.hidden, false)))
    .orderBy(asc(claims.start), asc(claims.id))
    .all()
    .map(({ speakerName, confidence, speakerByHand, ...rest }) => ({
      ...rest,
      speaker: speakerName == null ? null : { name: speakerName },
      ...(isUnsureSpeaker({ confidence, speakerByHand }) ? { unsureSpeaker: true } : {}),
    }));
}

export function getClaim(db: Executor, { claimId }: { claimId: number }): ClaimView | undefined {
  const row = selectClaims(db).where(eq(claims.id, claimId)).all()[0];
  if (!row) return undefined;
  return toView(row, evidenceByClaim(db, [claimId]).get(claimId) ?? []);
}

const claimStatements = perConnection((db: DB) => ({
  byId: selectClaims(db).where(eq(claims.id, sql.placeholder('claimId'))).prepare(),
  evidenceOf: db.select().from(evidence).where(eq(evidence.claimId, sql.placeholder('claimId'))).orderBy(asc(evidence.id)).prepare(),
}));

/** getClaim on statements prepared once for `db` (the review-save hot path); usable inside its transactions. */
export function getClaimPrepared(db: DB, { claimId }: { claimId: number }): ClaimView | undefined {
  const st = claimStatements(db);
  const row = st.byId.all({ claimId })[0];
  if (!row) return undefined;
  const ev = st.evidenceOf.all({ claimId }).map((e) => ({ id: e.id, url: e.url, title: e.title, addedByName: e.addedByName, addedAt: e.addedAt }));
  return toView(row, ev);
}

/** Claim ids of one article matching a full-text query over quote, speaker and note. */
export function searchArticleClaimIds(db: Executor, { articleId, query }: { articleId: number; query: string }): number[] {
  const match = ftsQuery(query);
  if (!match) return [];
  return db
    .all<{ id: number }>(
      sql`select c.id as id from claim_search s join claims c on c.id = s.rowid
          where claim_search match ${match} and c.article_id = ${articleId} order by c.start`,
    )
    .map((r) => r.id);
}

/**
 * Turns what an editor types into a safe FTS5 query: each word becomes a quoted prefix term, so
 * FTS syntax characters in the input are never interpreted.
 */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

export type ClaimListFilters = { status?: string; speaker?: string; kind?: string; q?: string; page: number; pageSize: number };
export type ClaimListRow = {
  id: number;
  articleId: number;
  articleTitle: string;
  quote: string;
  kind: string;
  speakerName: string | null;
  status: string;
  note: string;
  updatedByName: string | null;
  updatedAt: string | null;
};

/** Claims across all articles, filtered and paginated, for the "All claims" page. */
export function listAllClaims(db: Executor, f: ClaimListFilters): { rows: ClaimListRow[]; total: number } {
  const where = [sql`c.hidden = 0`];
  if (f.status) where.push(sql`r.status = ${f.status}`);
  if (f.kind) where.push(sql`c.kind = ${f.kind}`);
  if (f.speaker) where.push(sql`s.name = ${f.speaker}`);
  const match = f.q ? ftsQuery(f.q) : null;
  if (f.q && !match) return { rows: [], total: 0 };
  if (match) where.push(sql`c.id in (select rowid from claim_search where claim_search match ${match})`);
  const condition = sql.join(where, sql` and `);
  const from = sql`from claims c join reviews r on r.claim_id = c.id join articles a on a.id = c.article_id
    left join speakers s on s.id = c.speaker_id where ${condition}`;
  const total = db.all<{ n: number }>(sql`select count(*) as n ${from}`)[0]?.n ?? 0;
  const rows = db.all<ClaimListRow>(sql`select c.id as id, c.article_id as articleId, a.title as articleTitle,
      c.quote as quote, c.kind as kind, s.name as speakerName, r.status as status, r.note as note,
      r.updated_by_name as updatedByName, r.updated_at as updatedAt
    ${from} order by c.article_id desc, c.start asc limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`);
  return { rows, total };
}

/** Speaker names that have at least one visible claim, for filter menus. */
export function listSpeakerNames(db: Executor): string[] {
  return db
    .all<{ name: string }>(sql`select distinct s.name as name from speakers s join claims c on c.speaker_id = s.id where c.hidden = 0 order by s.name`)
    .map((r) => r.name);
}
