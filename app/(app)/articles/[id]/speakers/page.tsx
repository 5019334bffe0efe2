import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { getDb } from '@/db/queries/connection';
import { listSpeakersWithCounts } from '@/db/queries/speakers';
import { canReview, requirePageUser } from '@/server/auth';
import { articleFromParams } from '@/server/page-data';
import { SpeakerTable } from '@/components/speakers/speaker-table';
import { ArticleSubpageHeader } from '@/components/articles/article-subpage-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('speakers.inArticle');
  return { title: t('title') };
}

export default async function ArticleSpeakersPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const db = getDb();
  const article = await articleFromParams(params);
  const t = await getTranslations('speakers.inArticle');
  return (
    <div className="flex flex-col gap-4">
      <ArticleSubpageHeader article={article} title={t('title')}>
        <p className="max-w-3xl text-sm text-stone-600">
          {t('intro')}{' '}
          <Link href="/speakers" className="text-accent underline">
            {t('all')}
          </Link>
        </p>
      </ArticleSubpageHeader>
      <SpeakerTable speakers={listSpeakersWithCounts(db, { articleId: article.id })} canReview={canReview(user.role)} showArticles={false} />
    </div>
  );
}
