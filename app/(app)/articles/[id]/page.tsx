import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listArticleClaims } from '@/db/queries/claims';
import { canReview, getCurrentUser, requirePageUser } from '@/lib/auth';
import { articleFromParams, findArticleFromParams } from '@/lib/page-data';
import { ReviewWorkspace } from '@/components/claims/review-workspace';
import { ArticleHeader } from '@/components/articles/article-header';
import { ExportMenu } from '@/components/articles/export-menu';
import { ArticleActions } from '@/components/articles/article-actions';
import { articleSourceCheck, listSources } from '@/db/queries/sources';
import { SourceCheckProvider } from '@/components/sources/source-check-context';
import { SourcePanel } from '@/components/sources/source-panel';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Titles are newsroom data: none for visitors who are not signed in.
  const article = (await getCurrentUser()) ? await findArticleFromParams(params) : undefined;
  return { title: article?.title ?? 'Article not found' };
}

function pollInterval(): number {
  const ms = Number(process.env.LIVE_POLL_MS ?? 3000);
  return Number.isFinite(ms) && ms >= 250 ? ms : 3000;
}

export default async function ArticlePage({ params }: Props) {
  const user = await requirePageUser();
  const db = getDb();
  const article = await articleFromParams(params);
  const claims = listArticleClaims(db, { articleId: article.id });
  const sourceCheck = { ...articleSourceCheck(db, { articleId: article.id }), articleId: article.id, articleLanguage: article.language, canReview: canReview(user.role) };
  return (
    <SourceCheckProvider value={sourceCheck}>
    <div className="flex flex-col gap-6">
      <ArticleHeader article={article} canReview={canReview(user.role)}>
        <ExportMenu articleId={article.id} />
        <ArticleActions articleId={article.id} canReview={canReview(user.role)} />
      </ArticleHeader>
      <SourcePanel library={listSources(db)} />
      <ReviewWorkspace
        articleId={article.id}
        body={article.body}
        initialClaims={claims}
        canReview={canReview(user.role)}
        pollMs={pollInterval()}
      />
    </div>
    </SourceCheckProvider>
  );
}
