import type { Metadata } from 'next';
import { canReview, requirePageUser } from '@/server/auth';
import { articleFromParams } from '@/server/page-data';
import { IMPORT_LIMITS } from '@/components/articles/import-limits';
import { ImportForm } from '@/components/articles/import-form';
import { updateArticleAction } from '@/server/actions/articles';
import { ArticleSubpageHeader } from '@/components/articles/article-subpage-header';

export const metadata: Metadata = { title: 'Update article text' };

export default async function UpdateArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const article = await articleFromParams(params);
  return (
    <div className="flex flex-col gap-4">
      <ArticleSubpageHeader article={article} title="Update text">
        <p className="max-w-3xl text-sm text-stone-600">
          Paste or upload the newest version (now version {article.currentVersion}). Reviews are kept: each claim is found again in the new
          text. Quotes that were reworded or removed go back to Unreviewed and into the Re-check queue; new quotes are added.
        </p>
      </ArticleSubpageHeader>
      {canReview(user.role) ? (
        <ImportForm
          action={updateArticleAction}
          limits={IMPORT_LIMITS}
          mode="update"
          articleId={article.id}
        />
      ) : (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          You have view-only access: ask an admin for the reviewer role to update articles.
        </p>
      )}
    </div>
  );
}
