import 'server-only';
import type { Executor } from '../client';
import type { Article, ReviewEvent } from '../schema';
import { findArticleById, listArticlesWithProgress } from './articles';
import { listArticleEvents, verifyChain } from './audit';
import { listArticleClaims } from './claims';
import { findPublishedReviewOfArticle, getPublication } from './publish';
import { publicReportData } from '@/lib/publish/jsonld';
import type { ArticlePublication } from '../schema';
import { reportSourceChecks } from './sources';
import type { ReportSourceCheck } from '@/lib/report/types';
import type { ClaimView } from '@/lib/claim-types';
import {
  FORMATS,
  claimReviewDraftReason,
  claimReviewWarnings,
  renderClaimReview,
  evidenceLine,
  reportFilename,
  type ArticleSummaryRow,
  type ReportClaim,
  type ReportData,
  type ReportFormat,
  type ReportHistoryEvent,
  type ReportLocale,
  type ReportPublication,
  type ReportSignOff,
} from '@/lib/report';

// Gathers everything a review report needs in a fixed number of queries, whatever the size of the
// article: the article, its visible claims (one query plus one evidence query per 500 claims), all
// of its history events (one query) and the chain check. No per-claim queries.

export type ReportPerson = { name: string; email: string | null };
export type ReportOrganization = ReportData['organization'];

/** The reviewing organisation named in ClaimReview: ORGANIZATION_NAME / ORGANIZATION_URL. */
export function organizationFromEnv(env: Record<string, string | undefined> = process.env): ReportOrganization {
  return { name: env.ORGANIZATION_NAME?.trim() || 'Quote desk', url: env.ORGANIZATION_URL?.trim() || null };
}

/**
 * A readable one-line detail for a history event. Events store action-specific JSON; the report
 * shows what a reader needs (the evidence link, a reason, the old and new values), not raw JSON.
 */
export function eventDetail(raw: string | null, note: string | null = null): string | null {
  if (!raw) return null;
  let detail: Record<string, unknown>;
  try {
    detail = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return raw;
  }
  if (typeof detail.url === 'string') return evidenceLine({ url: detail.url, title: typeof detail.title === 'string' ? detail.title : '' });
  // The new note is shown beside the detail; only a note emptied out needs saying.
  if (detail.noteChanged === true) return note?.trim() ? null : 'Note cleared';
  if (typeof detail.reason === 'string') return detail.reason;
  // Anything else (speaker or span changes, merges): its simple values as "key: value" pairs.
  const pairs = Object.entries(detail)
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
    .map(([k, v]) => `${k}: ${String(v)}`);
  return pairs.length > 0 ? pairs.join('; ') : null;
}

function toHistoryEvent(e: ReviewEvent): ReportHistoryEvent {
  return {
    at: e.at,
    actor: e.actorName,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
    detail: eventDetail(e.detail, e.note),
  };
}

/** Events grouped by claim, each list oldest first (the query returns them in id order). */
function historyByClaim(events: ReviewEvent[]): Map<number, ReportHistoryEvent[]> {
  const map = new Map<number, ReportHistoryEvent[]>();
  for (const e of events) {
    const list = map.get(e.claimId);
    if (list) list.push(toHistoryEvent(e));
    else map.set(e.claimId, [toHistoryEvent(e)]);
  }
  return map;
}

function toReportClaim(claim: ClaimView, position: number, history: ReportHistoryEvent[], sourceCheck: ReportSourceCheck | null = null): ReportClaim {
  return {
    id: claim.id,
    position,
    kind: claim.kind,
    text: claim.quote,
    sentence: claim.sentence,
    cue: claim.cue,
    speaker: { name: claim.speaker?.name ?? null, role: claim.speaker?.role ?? null, type: claim.speaker?.type ?? null },
    status: claim.status,
    note: claim.note.trim() === '' ? null : claim.note,
    evidence: claim.evidence.map((e) => ({ url: e.url, title: e.title })),
    lastReviewer: claim.updatedByName,
    lastReviewedAt: claim.updatedAt,
    history,
    sourceCheck,
    speakerConfidence: claim.confidence,
    speakerByHand: claim.speakerByHand,
  };
}

function toReportSignOff(pub: ArticlePublication | undefined): ReportSignOff | null {
  if (!pub) return null;
  return {
    state: pub.state,
    by: pub.signedOffByName,
    at: pub.signedOffAt,
    chainHead: pub.chainHead,
    reopened: pub.reopenedAt && pub.reopenedByName ? { by: pub.reopenedByName, at: pub.reopenedAt, reason: pub.reopenReason ?? '' } : null,
  };
}

function toReportPublication(pub: ArticlePublication | undefined): ReportPublication | null {
  if (!pub?.publicUrl || !pub.firstPublishedAt) return null;
  return { published: pub.published, url: pub.publicUrl, firstPublishedAt: pub.firstPublishedAt };
}

function toReportArticle(article: Article): ReportData['article'] {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    language: article.language,
    publishedAt: article.publishedAt,
  };
}

/**
 * The report of one article, or undefined when there is no such article. Claims marked "Not a
 * claim" (hidden) are left out, as in the review list, and so is their history.
 */
export function buildReportData(
  db: Executor,
  {
    articleId,
    generatedBy,
    organization,
    now = new Date(),
  }: { articleId: number; generatedBy: ReportPerson; organization: ReportOrganization; now?: Date },
): ReportData | undefined {
  const article = findArticleById(db, { id: articleId });
  if (!article) return undefined;
  const claims = listArticleClaims(db, { articleId });
  const history = historyByClaim(listArticleEvents(db, { articleId }));
  const publication = getPublication(db, { articleId });
  const checks = reportSourceChecks(db, { articleId });
  return {
    article: toReportArticle(article),
    generatedAt: now.toISOString(),
    generatedBy: { name: generatedBy.name, email: generatedBy.email ?? '' },
    organization,
    claims: claims.map((c, i) => toReportClaim(c, i + 1, history.get(c.id) ?? [], checks.get(c.id) ?? null)),
    // The chain links every event of every article, so only a walk of the whole log can say
    // whether this article's history is intact (an edit elsewhere breaks it from there on).
    chain: verifyChain(db),
    signOff: toReportSignOff(publication),
    publication: toReportPublication(publication),
  };
}

export type RenderedReport = {
  body: string | Buffer;
  filename: string;
  contentType: string;
  /** ClaimReview only: the claims left out because they have no conclusion. */
  warnings: string[];
  /** ClaimReview only: why the file is a draft (not published: no URL), or null. */
  draftReason: string | null;
};

/**
 * One article's report in one format and language: what the route handler sends and the CLI prints. The
 * ClaimReview of a published review is the one on its public page (built from the public
 * snapshot, so export and page agree); unpublished, it is a draft without URLs.
 */
export async function renderArticleReport(
  db: Executor,
  data: ReportData,
  format: ReportFormat,
  locale: ReportLocale,
): Promise<RenderedReport> {
  const spec = FORMATS[format];
  const base = { filename: reportFilename(data.article.slug, data.generatedAt, spec.ext), contentType: spec.contentType };
  if (format !== 'claimreview') return { ...base, body: await spec.render(data, locale), warnings: [], draftReason: null };
  const published = findPublishedReviewOfArticle(db, { articleId: data.article.id });
  const source = published ? publicReportData(published) : data;
  return {
    ...base,
    body: renderClaimReview(source, locale),
    warnings: claimReviewWarnings(source, locale),
    draftReason: claimReviewDraftReason(source, locale),
  };
}

/** One row per article (newest first) with its counts by status and how much is reviewed. */
export function listArticleSummaries(db: Executor): ArticleSummaryRow[] {
  return listArticlesWithProgress(db).map((a) => ({
    id: a.id,
    slug: a.slug,
    title: a.title,
    outlet: a.outlet,
    language: a.language,
    total: a.total,
    unreviewed: a.total - a.reviewed,
    verified: a.verified,
    disputed: a.disputed,
    needsSource: a.needsSource,
    // Same rule as the dashboard's progress bar: an article without claims shows 0 %.
    completion: a.total === 0 ? 0 : a.reviewed / a.total,
  }));
}
