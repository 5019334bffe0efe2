import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/queries/connection';
import { listSpeakersWithCounts } from '@/db/queries/speakers';
import { canReview, requirePageUser } from '@/server/auth';
import { articleFromParams } from '@/server/page-data';
import { SpeakerTable } from '@/components/speakers/speaker-table';

export const metadata: Metadata = { title: 'Speakers in this article' };

export default async function ArticleSpeakersPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const db = getDb();
  const article = await articleFromParams(params);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <Link href={`/articles/${article.id}`} className="text-sm text-accent underline">
          ← {article.title}
        </Link>
        <h1 className="mt-1 font-serif text-3xl font-bold">Speakers in this article</h1>
        <p className="max-w-3xl text-sm text-stone-600">
          Claim counts are for this article. Renaming or merging changes the speaker in every article.{' '}
          <Link href="/speakers" className="text-accent underline">
            All speakers
          </Link>
        </p>
      </div>
      <SpeakerTable speakers={listSpeakersWithCounts(db, { articleId: article.id })} canReview={canReview(user.role)} showArticles={false} />
    </div>
  );
}
