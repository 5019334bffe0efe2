import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/queries/connection';
import { listSpeakersWithCounts } from '@/db/queries/speakers';
import { canReview, requirePageUser } from '@/server/auth';
import { articleFromParams } from '@/server/page-data';
import { SpeakerTable } from '@/components/speakers/speaker-table';
import { ArticleSubpageHeader } from '@/components/articles/article-subpage-header';

export const metadata: Metadata = { title: 'Speakers in this article' };

export default async function ArticleSpeakersPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const db = getDb();
  const article = await articleFromParams(params);
  return (
    <div className="flex flex-col gap-4">
      <ArticleSubpageHeader article={article} title="Speakers in this article">
        <p className="max-w-3xl text-sm text-stone-600">
          Claim counts are for this article. Renaming or merging changes the speaker in every article.{' '}
          <Link href="/speakers" className="text-accent underline">
            All speakers
          </Link>
        </p>
      </ArticleSubpageHeader>
      <SpeakerTable speakers={listSpeakersWithCounts(db, { articleId: article.id })} canReview={canReview(user.role)} showArticles={false} />
    </div>
  );
}
