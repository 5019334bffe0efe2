import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { canReview, requirePageUser } from '@/server/auth';
import { articleFromParams } from '@/server/page-data';
import { importLimits } from '@/components/articles/import-limits';
import { ImportForm } from '@/components/articles/import-form';
import { updateArticleAction } from '@/server/actions/articles';
import { ArticleSubpageHeader } from '@/components/articles/article-subpage-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('versions.update');
  return { title: t('metaTitle') };
}

export default async function UpdateArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const article = await articleFromParams(params);
  const t = await getTranslations('versions.update');
  return (
    <div className="flex flex-col gap-4">
      <ArticleSubpageHeader article={article} title={t('title')}>
        <p className="max-w-3xl text-sm text-stone-600">
          {t('intro', { version: article.currentVersion })}
        </p>
      </ArticleSubpageHeader>
      {canReview(user.role) ? (
        <ImportForm
          action={updateArticleAction}
          limits={await importLimits()}
          mode="update"
          articleId={article.id}
        />
      ) : (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t('viewOnly')}
        </p>
      )}
    </div>
  );
}
