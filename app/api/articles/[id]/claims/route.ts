import { getDb } from '@/db/queries/connection';
import { findArticleById } from '@/db/queries/articles';
import { listArticleClaims, listArticleClaimsByIds, searchArticleClaimIds } from '@/db/queries/claims';
import { articleClaimVersions } from '@/db/queries/reviews';
import { userFromHeaders } from '@/server/auth';
import { jsonError, parseIdParam } from '@/server/http';

/**
 * GET /api/articles/<id>/claims — the article's claims with speaker, status, note, evidence and
 * version. Variants used by the review page: ?versions=1 (live-update check), ?ids=1,2 (refresh
 * some), ?q=words&idsOnly=1 (full-text search).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await userFromHeaders(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in or send an API token.');
  const articleId = parseIdParam((await params).id);
  const db = getDb();
  const article = articleId ? findArticleById(db, { id: articleId }) : undefined;
  if (!article) return jsonError(404, 'not_found', 'No article with this id.');

  const url = new URL(request.url);
  if (url.searchParams.get('versions') === '1') {
    return Response.json({ versions: articleClaimVersions(db, { articleId: article.id }) });
  }
  const q = url.searchParams.get('q');
  if (q !== null && url.searchParams.get('idsOnly') === '1') {
    return Response.json({ ids: searchArticleClaimIds(db, { articleId: article.id, query: q.slice(0, 500) }) });
  }
  const ids = url.searchParams.get('ids');
  // ?ids= serves the review page's cards as they are revealed: only those rows are read.
  const wanted = ids === null ? null : [...new Set(ids.split(',').slice(0, 500).map(parseIdParam).filter((n): n is number => n !== null))];
  const claims = wanted ? listArticleClaimsByIds(db, { articleId: article.id, ids: wanted }) : listArticleClaims(db, { articleId: article.id });
  return Response.json({
    article: { id: article.id, slug: article.slug, title: article.title, outlet: article.outlet, url: article.url, language: article.language },
    claims,
  });
}
