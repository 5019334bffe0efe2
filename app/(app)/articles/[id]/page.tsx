import type { Metadata } from 'next';
import { getDb } from '@/db/queries/connection';
import { listArticleClaimOutline, listArticleClaims } from '@/db/queries/claims';
import { listHiddenClaims } from '@/db/queries/corrections';
import { countRecheckClaims } from '@/db/queries/versions';
import { FIRST_CARDS } from '@/lib/claim-types';
import { canReview, getCurrentUser, hasRole, requirePageUser } from '@/server/auth';
import { EDITOR_ROLES } from '@/lib/vocab';
import { articleFromParams, findArticleFromParams } from '@/server/page-data';
import { ReviewWorkspace } from '@/components/claims/review-workspace';
import { ArticleHeader } from '@/components/articles/article-header';
import { ExportMenu } from '@/components/articles/export-menu';
import { ArticleActions } from '@/components/articles/article-actions';
import { PublishPanel } from '@/components/publish/publish-panel';
import { publishPanelData } from '@/server/publish-panel-data';
import { articleSourceCheck, listSources } from '@/db/queries/sources';
import { SourceCheckProvider } from '@/components/sources/source-check-context';
import { SourcePanel } from '@/components/sources/source-panel';
import { ReviewStateLinks, type ReviewState } from '@/components/articles/review-state-links';
import type { PublishPanelData } from '@/lib/publish/types';
import { getTranslations } from 'next-intl/server';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Titles are newsroom data: none for visitors who are not signed in.
  const article = (await getCurrentUser()) ? await findArticleFromParams(params) : undefined;
  const t = await getTranslations('articles.header');
  return { title: article?.title ?? t('notFound') };
}

function reviewState(panel: PublishPanelData): ReviewState {
  if (panel.state === 'signed_off') return panel.published ? 'published' : 'signed_off';
  return 'open';
}

function pollInterval(): number {
  const ms = Number(process.env.LIVE_POLL_MS ?? 3000);
  return Number.isFinite(ms) && ms >= 250 ? ms : 3000;
}

export default async function ArticlePage({ params }: Props) {
  const user = await requirePageUser();
  const db = getDb();
  const article = await articleFromParams(params);
  // Every claim's outline (highlights, counts, filters), full data for the first screen of cards
  // only; the workspace fetches more as they are revealed. Three queries, whatever the length.
  const outline = listArticleClaimOutline(db, { articleId: article.id });
  const firstCards = listArticleClaims(db, { articleId: article.id, limit: FIRST_CARDS });
  const panel = await publishPanelData(article.id);
  const sourceCheck = { ...articleSourceCheck(db, { articleId: article.id }), articleId: article.id, articleLanguage: article.language, canReview: canReview(user.role) };
  return (
    <SourceCheckProvider value={sourceCheck}>
    <div className="flex flex-col gap-6">
      <ArticleHeader article={article} canReview={canReview(user.role)}>
        <ExportMenu articleId={article.id} />
        <ArticleActions
          articleId={article.id}
          canReview={canReview(user.role)}
          recheck={countRecheckClaims(db, { articleId: article.id })}
          hidden={listHiddenClaims(db, { articleId: article.id })}
        />
        <ReviewStateLinks state={reviewState(panel)} sourceCount={sourceCheck.sources.length} />
      </ArticleHeader>
      <ReviewWorkspace
        articleId={article.id}
        body={article.body}
        outline={outline}
        firstCards={firstCards}
        canReview={canReview(user.role)}
        pollMs={pollInterval()}
      />
      {/* Below the claims, so the first screen is for reviewing; the header links jump here. */}
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
        <PublishPanel data={panel} canEdit={hasRole(user, EDITOR_ROLES)} />
        <SourcePanel library={listSources(db)} />
      </div>
    </div>
    </SourceCheckProvider>
  );
}
